import type { Prisma } from "@/lib/db";

/**
 * When an account's credentials stop working (deleted, or its token regenerated with no grace
 * left), its REST-hook subscriptions go with them: each target URL is queued a DELETE (Zapier
 * then pauses the Zap) and events still waiting for it are dropped. Runs in the caller's
 * transaction so the change and the clean-up commit together.
 */
export async function revokeSubscriptions(
  tx: Prisma.TransactionClient,
  account: { id: string; serviceId: string },
  options: { createdBefore?: Date } = {},
) {
  const where = {
    accountId: account.id,
    serviceId: account.serviceId,
    ...(options.createdBefore ? { createdAt: { lt: options.createdBefore } } : {}),
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
