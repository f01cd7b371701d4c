import { withSession } from "@/lib/api/handler";
import { regenerateTokenSchema } from "@/lib/zapier-accounts/schemas";
import { regenerateToken } from "@/lib/zapier-accounts/service";
import { methodNotAllowed } from "@/lib/api/errors";

export const POST = withSession(
  { role: "ADMIN", body: regenerateTokenSchema, bodyOptional: true },
  async ({ actor, ip, params, body }) =>
    Response.json(await regenerateToken({ ...actor, ip }, params.id ?? "", body.graceSeconds ?? 0)),
);

const notAllowed = methodNotAllowed("POST");
export { notAllowed as GET, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
