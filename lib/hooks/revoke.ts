import type { Prisma } from "@/lib/db";

/**
 * When an App Token stops working (account deleted, token regenerated, grace period over), the
 * REST-hook subscriptions it made go with it: each target URL is queued a DELETE (Zapier then
 * pauses the Zap) and events still waiting for it are dropped. With `keepTokenHashes`, hooks
 * made with one of those (still valid) tokens stay; without it every hook of the account goes.
 * Runs in the caller's transaction so the change and the clean-up commit together.
 */
export async function revokeSubscriptions(
  tx: Prisma.TransactionClient,
  account: { id: string; serviceId: string },
  options: { keepTokenHashes?: string[] } = {},
) {
  const where = {
    accountId: account.id,
    serviceId: account.serviceId,
    ...(options.keepTokenHashes?.length ? { tokenHash: { notIn: options.keepTokenHashes } } : {}),
  };
  const subscriptions = await tx.hookSubscription.findMany({
    where,
    select: { id: true, event: true, targetUrl: true },
  });
  if (subscriptions.length === 0) return 0;
  await tx.delivery.deleteMany({ where: { subscriptionId: { in: subscriptions.map((s) => s.id) }, kind: "EVENT", status: "PENDING" } });
  await tx.delivery.createMany({
    data: subscriptions.map((s) => ({
      kind: "UNSUBSCRIBE" as const,
      serviceId: account.serviceId,
      accountId: account.id, // set to null by the database if the account is being deleted
      subscriptionId: s.id,
      eventName: s.event,
      targetUrl: s.targetUrl,
    })),
  });
  await tx.hookSubscription.deleteMany({ where: { id: { in: subscriptions.map((s) => s.id) } } });
  return subscriptions.length;
}

/** The hashes of the tokens that authenticate now: the current one, and the previous one during its grace period. */
export function liveTokenHashes(
  account: { tokenHash: string; previousTokenHash: string | null; previousTokenExpiresAt: Date | null },
  now = new Date(),
): string[] {
  const live = [account.tokenHash];
  if (account.previousTokenHash && account.previousTokenExpiresAt && account.previousTokenExpiresAt > now) live.push(account.previousTokenHash);
  return live;
}
