import type { AuditEventDto } from "./schemas";

const HEADER = ["time_utc", "actor", "action", "account", "account_id", "ip_address", "details"];

/** One field, quoted; a leading = + - @ is defused so a spreadsheet never runs it as a formula. */
function field(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

/** RFC 4180 CSV with a BOM (so spreadsheets read the names' UTF-8 right), CRLF line ends. */
export function auditCsv(events: AuditEventDto[]): string {
  const lines = [HEADER.join(",")];
  for (const e of events) {
    lines.push(
      [e.createdAt, e.actor.email, e.action, e.accountName, e.accountId ?? "", e.ipAddress ?? "", e.metadata ? JSON.stringify(e.metadata) : ""]
        .map(field)
        .join(","),
    );
  }
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
