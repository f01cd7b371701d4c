import { zodToApiError } from "@/lib/api/body";
import { withSession } from "@/lib/api/handler";
import { methodNotAllowed } from "@/lib/api/errors";
import { exportAuditEvents } from "@/lib/audit/service";
import { auditCsv } from "@/lib/zapier-accounts/audit-csv";
import { auditExportSchema } from "@/lib/zapier-accounts/schemas";

/** The audit log as CSV, with the same filters as the list: what the admin sees, in full. */
export const GET = withSession({ role: "ADMIN" }, async ({ actor, req }) => {
  const query = auditExportSchema.safeParse(Object.fromEntries(new URL(req.url).searchParams));
  if (!query.success) throw zodToApiError(query.error);
  const csv = auditCsv(await exportAuditEvents(actor.serviceId, query.data));
  const day = new Date().toISOString().slice(0, 10);
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="zapier-audit-log-${day}.csv"`,
      "Cache-Control": "no-store",
    },
  });
});

const notAllowed = methodNotAllowed("GET");
export { notAllowed as POST, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
