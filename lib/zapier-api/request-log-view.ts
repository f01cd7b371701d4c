import { z } from "zod";
import { decodeCursor, encodeCursor, olderThan } from "@/lib/api/cursor";
import { ApiError } from "@/lib/api/errors";
import { prisma } from "@/lib/db";
import type { ApiRequestView } from "@/lib/zapier-accounts/views";

export const requestLogQuerySchema = z.strictObject({
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  action: z.string().regex(/^[a-z][a-z0-9._-]{0,63}$/, "action is the name of an action, such as contacts.create.").optional(),
  // An exact code (404) or a class (4xx).
  status: z.string().regex(/^[1-5](\d\d|xx)$/, "status is a code such as 404 or a class such as 4xx.").optional(),
});
export type RequestLogQuery = z.output<typeof requestLogQuerySchema>;

function statusFilter(status: string | undefined) {
  if (!status) return {};
  if (status.endsWith("xx")) {
    const base = Number(status[0]) * 100;
    return { status: { gte: base, lt: base + 100 } };
  }
  return { status: Number(status) };
}

/** The account's Base URL calls, newest first (service-scoped: another service's account is absent). */
export async function listAccountRequests(serviceId: string, accountId: string, query: RequestLogQuery) {
  const account = await prisma.zapierAccount.findFirst({ where: { id: accountId, serviceId }, select: { id: true } });
  if (!account) throw new ApiError("not_found");
  const after = query.cursor ? decodeCursor(query.cursor) : null;
  const rows = await prisma.apiRequest.findMany({
    where: { serviceId, accountId, ...(query.action ? { action: query.action } : {}), ...statusFilter(query.status), ...olderThan(after) },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: query.limit + 1,
  });
  const page = rows.slice(0, query.limit);
  const last = page[page.length - 1];
  const requests: ApiRequestView[] = page.map((r) => ({
    id: r.id,
    action: r.action,
    method: r.method,
    path: r.path,
    status: r.status,
    durationMs: r.durationMs,
    idempotentReplay: r.idempotentReplay,
    createdAt: r.createdAt.toISOString(),
  }));
  return { requests, nextCursor: rows.length > query.limit && last ? encodeCursor(last.createdAt, last.id) : null };
}

/** The last successful call Zapier made with this account: when, from where, to which endpoint. */
export async function lastSuccessfulCall(serviceId: string, accountId: string) {
  const row = await prisma.apiRequest.findFirst({
    where: { serviceId, accountId, status: { gte: 200, lt: 300 } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { createdAt: true, ipAddress: true, method: true, path: true, action: true },
  });
  return row ? { at: row.createdAt.toISOString(), ipAddress: row.ipAddress, method: row.method, path: row.path, action: row.action } : null;
}
