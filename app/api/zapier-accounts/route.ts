import { withSession } from "@/lib/api/handler";
import { createAccountSchema, ACCOUNT_LIMIT } from "@/lib/zapier-accounts/schemas";
import { createAccount, listAccounts } from "@/lib/zapier-accounts/service";
import { methodNotAllowed } from "@/lib/api/errors";

export const GET = withSession({ role: "STAFF" }, async ({ actor }) =>
  Response.json({ accounts: await listAccounts(actor.serviceId), limit: ACCOUNT_LIMIT }),
);

export const POST = withSession({ role: "ADMIN", body: createAccountSchema }, async ({ actor, ip, body }) =>
  Response.json(await createAccount({ ...actor, ip }, body.name), { status: 201 }),
);

const notAllowed = methodNotAllowed("GET", "POST");
export { notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
