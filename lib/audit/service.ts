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

/** Newest first; keyset pagination on (createdAt, id) so pages never skip or repeat. */
export async function listAuditEvents(serviceId: string, opts: { cursor?: string; limit: number }) {
  const after = opts.cursor ? decodeCursor(opts.cursor) : null;
  const rows = await prisma.auditEvent.findMany({
    where: { serviceId, ...olderThan(after) },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: opts.limit + 1,
  });
  const page = rows.slice(0, opts.limit);
  const last = page[page.length - 1];
  const events: AuditEventDto[] = page.map((e) => ({
    id: e.id,
    action: e.action as AuditAction,
    actor: { id: e.actorId, email: e.actorEmail },
    accountId: e.accountId,
    accountName: e.accountName,
    ipAddress: e.ipAddress,
    metadata: (e.metadata as Record<string, unknown> | null) ?? null,
    createdAt: e.createdAt.toISOString(),
  }));
  return { events, nextCursor: rows.length > opts.limit && last ? encodeCursor(last.createdAt, last.id) : null };
}
