import { withSession } from "@/lib/api/handler";
import { methodNotAllowed } from "@/lib/api/errors";
import { sendTestEvent } from "@/lib/zapier-accounts/test-event";

export const POST = withSession({ role: "ADMIN" }, async ({ actor, params }) =>
  Response.json(await sendTestEvent(actor.serviceId, params.id ?? "", params.hookId ?? ""), { status: 202 }),
);

const notAllowed = methodNotAllowed("POST");
export { notAllowed as GET, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
