import { withSession } from "@/lib/api/handler";
import { revealToken } from "@/lib/zapier-accounts/service";
import { methodNotAllowed } from "@/lib/api/errors";

export const POST = withSession({ role: "ADMIN" }, async ({ actor, ip, params }) =>
  Response.json({ appToken: await revealToken({ ...actor, ip }, params.id ?? "") }),
);

const notAllowed = methodNotAllowed("POST");
export { notAllowed as GET, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
