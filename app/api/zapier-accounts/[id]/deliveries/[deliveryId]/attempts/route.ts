import { withSession } from "@/lib/api/handler";
import { methodNotAllowed } from "@/lib/api/errors";
import { deliveryAttempts } from "@/lib/zapier-accounts/activity-service";

export const GET = withSession({ role: "STAFF" }, async ({ actor, params }) =>
  Response.json({ attempts: await deliveryAttempts(actor.serviceId, params.id ?? "", params.deliveryId ?? "") }),
);

const notAllowed = methodNotAllowed("GET");
export { notAllowed as POST, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
