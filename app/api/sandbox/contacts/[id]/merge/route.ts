import { withSession } from "@/lib/api/handler";
import { methodNotAllowed } from "@/lib/api/errors";
import { mergeInputSchema } from "@/lib/sandbox/schemas";
import { mergeContact } from "@/lib/workspace/embedded/sandbox";

export const POST = withSession({ role: "ADMIN", body: mergeInputSchema }, async ({ actor, params, body }) =>
  Response.json(await mergeContact(actor.serviceId, params.id ?? "", body.intoId)),
);

const notAllowed = methodNotAllowed("POST");
export { notAllowed as GET, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
