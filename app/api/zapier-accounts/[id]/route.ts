import { withSession } from "@/lib/api/handler";
import { renameAccountSchema } from "@/lib/zapier-accounts/schemas";
import { deleteAccount, getAccount, renameAccount } from "@/lib/zapier-accounts/service";
import { methodNotAllowed } from "@/lib/api/errors";

export const GET = withSession({ role: "STAFF" }, async ({ actor, params }) =>
  Response.json({ account: await getAccount(actor.serviceId, params.id ?? "") }),
);

export const PATCH = withSession({ role: "ADMIN", body: renameAccountSchema }, async ({ actor, ip, params, body }) =>
  Response.json({ account: await renameAccount({ ...actor, ip }, params.id ?? "", body.name) }),
);

export const DELETE = withSession({ role: "ADMIN" }, async ({ actor, ip, params }) => {
  await deleteAccount({ ...actor, ip }, params.id ?? "");
  return new Response(null, { status: 204 });
});

const notAllowed = methodNotAllowed("GET", "PATCH", "DELETE");
export { notAllowed as POST, notAllowed as PUT };
