import { withSession } from "@/lib/api/handler";
import { methodNotAllowed } from "@/lib/api/errors";
import { auditActors } from "@/lib/audit/service";

export const GET = withSession({ role: "ADMIN" }, async ({ actor }) => Response.json({ actors: await auditActors(actor.serviceId) }));

const notAllowed = methodNotAllowed("GET");
export { notAllowed as POST, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
