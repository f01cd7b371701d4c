import { zodToApiError } from "@/lib/api/body";
import { withSession } from "@/lib/api/handler";
import { listAuditEvents } from "@/lib/audit/service";
import { auditQuerySchema } from "@/lib/zapier-accounts/schemas";
import { methodNotAllowed } from "@/lib/api/errors";

export const GET = withSession({ role: "ADMIN" }, async ({ actor, req }) => {
  const query = auditQuerySchema.safeParse(Object.fromEntries(new URL(req.url).searchParams));
  if (!query.success) throw zodToApiError(query.error);
  return Response.json(await listAuditEvents(actor.serviceId, query.data));
});

const notAllowed = methodNotAllowed("GET");
export { notAllowed as POST, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
