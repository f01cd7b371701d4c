import { withSession } from "@/lib/api/handler";
import { methodNotAllowed } from "@/lib/api/errors";
import { tagInputSchema } from "@/lib/sandbox/schemas";
import { createTag } from "@/lib/workspace/embedded/sandbox";

export const POST = withSession({ role: "ADMIN", body: tagInputSchema }, async ({ actor, body }) =>
  Response.json(await createTag(actor.serviceId, body), { status: 201 }),
);

const notAllowed = methodNotAllowed("POST");
export { notAllowed as GET, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
