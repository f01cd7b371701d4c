import { withSession } from "@/lib/api/handler";
import { methodNotAllowed } from "@/lib/api/errors";
import { contactInputSchema } from "@/lib/sandbox/schemas";
import { deleteContact, editContact } from "@/lib/workspace/embedded/sandbox";

export const PATCH = withSession({ role: "ADMIN", body: contactInputSchema }, async ({ actor, params, body }) =>
  Response.json(await editContact(actor.serviceId, params.id ?? "", body)),
);

export const DELETE = withSession({ role: "ADMIN" }, async ({ actor, params }) => Response.json(await deleteContact(actor.serviceId, params.id ?? "")));

const notAllowed = methodNotAllowed("PATCH", "DELETE");
export { notAllowed as GET, notAllowed as POST, notAllowed as PUT };
