import { withSession } from "@/lib/api/handler";
import { accountDeliveries } from "@/lib/delivery/service";
import { methodNotAllowed } from "@/lib/api/errors";

export const GET = withSession({ role: "STAFF" }, async ({ actor, params }) =>
  Response.json({ deliveries: await accountDeliveries(actor.serviceId, params.id ?? "") }),
);

const notAllowed = methodNotAllowed("GET");
export { notAllowed as POST, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
