import { withSession } from "@/lib/api/handler";
import { methodNotAllowed } from "@/lib/api/errors";
import { testConnection } from "@/lib/zapier-accounts/connection";

// Admins only: the check uses the stored App Token (decrypted on the server, never sent back).
export const POST = withSession({ role: "ADMIN" }, async ({ actor, params }) =>
  Response.json({ result: await testConnection(actor.serviceId, params.id ?? "") }),
);

const notAllowed = methodNotAllowed("POST");
export { notAllowed as GET, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
