import { withSession } from "@/lib/api/handler";
import { methodNotAllowed } from "@/lib/api/errors";
import { accountConnection } from "@/lib/zapier-accounts/connection";

export const GET = withSession({ role: "STAFF" }, async ({ actor, params }) =>
  Response.json({ connection: await accountConnection(actor.serviceId, params.id ?? "") }),
);

const notAllowed = methodNotAllowed("GET");
export { notAllowed as POST, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
