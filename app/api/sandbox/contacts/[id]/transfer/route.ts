import { withSession } from "@/lib/api/handler";
import { methodNotAllowed } from "@/lib/api/errors";
import { transferInputSchema } from "@/lib/sandbox/schemas";
import { transferOwner } from "@/lib/workspace/embedded/sandbox";

export const POST = withSession({ role: "ADMIN", body: transferInputSchema }, async ({ actor, params, body }) =>
  Response.json(await transferOwner(actor.serviceId, params.id ?? "", body.ownerId)),
);

const notAllowed = methodNotAllowed("POST");
export { notAllowed as GET, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
