import { withSession } from "@/lib/api/handler";
import { revealToken } from "@/lib/zapier-accounts/service";

export const POST = withSession({ role: "ADMIN" }, async ({ actor, ip, params }) =>
  Response.json({ appToken: await revealToken({ ...actor, ip }, params.id ?? "") }),
);
