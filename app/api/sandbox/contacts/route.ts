import { withSession } from "@/lib/api/handler";
import { methodNotAllowed } from "@/lib/api/errors";
import { contactInputSchema } from "@/lib/sandbox/schemas";
import { createContact } from "@/lib/workspace/embedded/sandbox";

export const POST = withSession({ role: "ADMIN", body: contactInputSchema }, async ({ actor, body }) =>
  Response.json(await createContact(actor.serviceId, body), { status: 201 }),
);

const notAllowed = methodNotAllowed("POST");
export { notAllowed as GET, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
