import { withSession } from "@/lib/api/handler";
import { regenerateTokenSchema } from "@/lib/zapier-accounts/schemas";
import { regenerateToken } from "@/lib/zapier-accounts/service";

export const POST = withSession(
  { role: "ADMIN", body: regenerateTokenSchema, bodyOptional: true },
  async ({ actor, ip, params, body }) =>
    Response.json(await regenerateToken({ ...actor, ip }, params.id ?? "", body.graceSeconds ?? 0)),
);
