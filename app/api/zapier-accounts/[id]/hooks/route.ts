import { withSession } from "@/lib/api/handler";
import { methodNotAllowed } from "@/lib/api/errors";
import { liveSubscriptions } from "@/lib/zapier-accounts/activity-service";

export const GET = withSession({ role: "STAFF" }, async ({ actor, params }) => {
  const hooks = await liveSubscriptions(actor.serviceId, params.id ?? "");
  // Zapier's hook URLs work like bearer secrets: staff see where they point, not the full path.
  const visible = actor.role === "ADMIN" ? hooks : hooks.map((h) => ({ ...h, targetUrl: `${new URL(h.targetUrl).origin}/…` }));
  return Response.json({ hooks: visible });
});

const notAllowed = methodNotAllowed("GET");
export { notAllowed as POST, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
