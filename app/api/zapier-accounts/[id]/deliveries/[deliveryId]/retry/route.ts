import { withSession } from "@/lib/api/handler";
import { retryDelivery } from "@/lib/delivery/service";

export const POST = withSession({ role: "ADMIN" }, async ({ actor, params }) => {
  await retryDelivery(actor.serviceId, params.id ?? "", params.deliveryId ?? "");
  return Response.json({ retried: true }, { status: 202 });
});
