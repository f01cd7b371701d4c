import { withSession } from "@/lib/api/handler";
import { methodNotAllowed } from "@/lib/api/errors";
import { sandboxView } from "@/lib/workspace/embedded/sandbox";

export const GET = withSession({ role: "ADMIN" }, async ({ actor }) => Response.json(await sandboxView(actor.serviceId)));

const notAllowed = methodNotAllowed("GET");
export { notAllowed as POST, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
