import { withSession } from "@/lib/api/handler";
import { methodNotAllowed } from "@/lib/api/errors";
import { enquiryStatusSchema } from "@/lib/sandbox/schemas";
import { moveEnquiry } from "@/lib/workspace/embedded/sandbox";

export const POST = withSession({ role: "ADMIN", body: enquiryStatusSchema }, async ({ actor, params, body }) =>
  Response.json(await moveEnquiry(actor.serviceId, params.id ?? "", body.status)),
);

const notAllowed = methodNotAllowed("POST");
export { notAllowed as GET, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
