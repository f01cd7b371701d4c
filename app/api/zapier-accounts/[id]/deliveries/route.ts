import { withSession } from "@/lib/api/handler";
import { accountDeliveries } from "@/lib/delivery/service";

export const GET = withSession({ role: "STAFF" }, async ({ actor, params }) =>
  Response.json({ deliveries: await accountDeliveries(actor.serviceId, params.id ?? "") }),
);
