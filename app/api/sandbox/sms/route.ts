import { withSession } from "@/lib/api/handler";
import { methodNotAllowed } from "@/lib/api/errors";
import { smsInputSchema } from "@/lib/sandbox/schemas";
import { sendSandboxSms } from "@/lib/workspace/embedded/sandbox";

export const POST = withSession({ role: "ADMIN", body: smsInputSchema }, async ({ actor, body }) =>
  Response.json(await sendSandboxSms(actor.serviceId, body), { status: 202 }),
);

const notAllowed = methodNotAllowed("POST");
export { notAllowed as GET, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
