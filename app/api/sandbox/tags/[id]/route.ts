import { withSession } from "@/lib/api/handler";
import { methodNotAllowed } from "@/lib/api/errors";
import { tagInputSchema } from "@/lib/sandbox/schemas";
import { deleteTag, editTag } from "@/lib/workspace/embedded/sandbox";

export const PATCH = withSession({ role: "ADMIN", body: tagInputSchema }, async ({ actor, params, body }) =>
  Response.json(await editTag(actor.serviceId, params.id ?? "", body)),
);

export const DELETE = withSession({ role: "ADMIN" }, async ({ actor, params }) => Response.json(await deleteTag(actor.serviceId, params.id ?? "")));

const notAllowed = methodNotAllowed("PATCH", "DELETE");
export { notAllowed as GET, notAllowed as POST, notAllowed as PUT };
