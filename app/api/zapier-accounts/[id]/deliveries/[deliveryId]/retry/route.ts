import { withSession } from "@/lib/api/handler";
import { retryDelivery } from "@/lib/delivery/service";
import { methodNotAllowed } from "@/lib/api/errors";

export const POST = withSession({ role: "ADMIN" }, async ({ actor, params }) => {
  await retryDelivery(actor.serviceId, params.id ?? "", params.deliveryId ?? "");
  return Response.json({ retried: true }, { status: 202 });
});

const notAllowed = methodNotAllowed("POST");
export { notAllowed as GET, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
