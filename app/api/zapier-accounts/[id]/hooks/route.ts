import { withSession } from "@/lib/api/handler";
import { accountHooks } from "@/lib/hooks/service";
import { methodNotAllowed } from "@/lib/api/errors";

export const GET = withSession({ role: "STAFF" }, async ({ actor, params }) => {
  const hooks = await accountHooks(actor.serviceId, params.id ?? "");
  // Zapier's hook URLs work like bearer secrets: staff see where they point, not the full path.
  const visible = actor.role === "ADMIN" ? hooks : hooks.map((h) => ({ ...h, targetUrl: `${new URL(h.targetUrl).origin}/…` }));
  return Response.json({ hooks: visible });
});

const notAllowed = methodNotAllowed("GET");
export { notAllowed as POST, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
