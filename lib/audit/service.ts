import type { Actor } from "@/lib/auth/session";
import type { Prisma } from "@/lib/db";
import { decodeCursor, encodeCursor, olderThan } from "@/lib/api/cursor";
import { prisma } from "@/lib/db";
import type { AuditAction, AuditEventDto } from "@/lib/zapier-accounts/schemas";

type Tx = Prisma.TransactionClient;

/** Written inside the caller's transaction: the change and its record commit together or not at all. */
export async function recordAudit(
  tx: Tx,
  entry: { actor: Actor; ip: string; action: AuditAction; accountId: string | null; accountName: string; metadata?: Prisma.InputJsonValue },
) {
  await tx.auditEvent.create({
    data: {
      serviceId: entry.actor.serviceId,
      actorId: entry.actor.userId,
      actorEmail: entry.actor.email,
      action: entry.action,
      accountId: entry.accountId,
      accountName: entry.accountName,
      ipAddress: entry.ip,
      metadata: entry.metadata,
    },
  });
}

export interface AuditFilter {
  action?: string;
  accountId?: string;
  /** The actor's email, exactly (case-insensitive). */
  actor?: string;
}

function filterWhere(serviceId: string, filter: AuditFilter): Prisma.AuditEventWhereInput {
  return {
    serviceId,
    ...(filter.action ? { action: filter.action } : {}),
    ...(filter.accountId ? { accountId: filter.accountId } : {}),
    ...(filter.actor ? { actorEmail: { equals: filter.actor, mode: "insensitive" as const } } : {}),
  };
}

const toDto = (e: {
  id: string;
  action: string;
  actorId: string | null;
  actorEmail: string;
  accountId: string | null;
  accountName: string;
  ipAddress: string | null;
  metadata: unknown;
  createdAt: Date;
}): AuditEventDto => ({
  id: e.id,
  action: e.action as AuditAction,
  actor: { id: e.actorId, email: e.actorEmail },
  accountId: e.accountId,
  accountName: e.accountName,
  ipAddress: e.ipAddress,
  metadata: (e.metadata as Record<string, unknown> | null) ?? null,
  createdAt: e.createdAt.toISOString(),
});

/** Newest first; keyset pagination on (createdAt, id) so pages never skip or repeat; optionally filtered. */
export async function listAuditEvents(serviceId: string, opts: { cursor?: string; limit: number } & AuditFilter) {
  const after = opts.cursor ? decodeCursor(opts.cursor) : null;
  const rows = await prisma.auditEvent.findMany({
    where: { ...filterWhere(serviceId, opts), ...olderThan(after) },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: opts.limit + 1,
  });
  const page = rows.slice(0, opts.limit);
  const last = page[page.length - 1];
  const events: AuditEventDto[] = page.map(toDto);
  return { events, nextCursor: rows.length > opts.limit && last ? encodeCursor(last.createdAt, last.id) : null };
}

/** Everything the filter matches (up to `max`), newest first: what the CSV export writes. */
export async function exportAuditEvents(serviceId: string, filter: AuditFilter, max = 10_000): Promise<AuditEventDto[]> {
  const rows = await prisma.auditEvent.findMany({
    where: filterWhere(serviceId, filter),
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: max,
  });
  return rows.map(toDto);
}

/** The distinct people who appear in the service's audit log: the options of the "person" filter. */
export async function auditActors(serviceId: string): Promise<string[]> {
  const rows = await prisma.auditEvent.findMany({ where: { serviceId }, distinct: ["actorEmail"], select: { actorEmail: true }, orderBy: { actorEmail: "asc" } });
  return rows.map((r) => r.actorEmail);
}
