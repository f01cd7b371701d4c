import "server-only";
import { ApiError } from "@/lib/api/errors";
import { prisma } from "@/lib/db";
import { liveTokenHashes } from "@/lib/hooks/revoke";
import type { AttemptView, SubscriptionView } from "./views";

async function findAccount(serviceId: string, accountId: string) {
  const account = await prisma.zapierAccount.findFirst({
    where: { id: accountId, serviceId },
    select: { id: true, tokenHash: true, previousTokenHash: true, previousTokenExpiresAt: true },
  });
  if (!account) throw new ApiError("not_found");
  return account;
}

/**
 * The account's live subscriptions (made with a token that still works), newest first, each with
 * its last event delivery: what the Subscriptions tab and the impact of Regenerate and Delete show.
 */
export async function liveSubscriptions(serviceId: string, accountId: string): Promise<SubscriptionView[]> {
  const account = await findAccount(serviceId, accountId);
  const hooks = await prisma.hookSubscription.findMany({
    where: { accountId, serviceId, tokenHash: { in: liveTokenHashes(account) } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
  });
  if (hooks.length === 0) return [];
  const deliveries = await prisma.delivery.findMany({
    where: { serviceId, accountId, kind: "EVENT", subscriptionId: { in: hooks.map((h) => h.id) } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    distinct: ["subscriptionId"],
    select: { id: true, subscriptionId: true, status: true, lastStatusCode: true, updatedAt: true, deliveredAt: true },
  });
  const last = new Map(deliveries.map((d) => [d.subscriptionId, d]));
  return hooks.map((h) => {
    const d = last.get(h.id);
    return {
      id: h.id,
      event: h.event,
      targetUrl: h.targetUrl,
      createdAt: h.createdAt.toISOString(),
      lastDelivery: d ? { id: d.id, status: d.status, statusCode: d.lastStatusCode, at: (d.deliveredAt ?? d.updatedAt).toISOString() } : null,
    };
  });
}

/** Every attempt of one of the account's deliveries, oldest first. */
export async function deliveryAttempts(serviceId: string, accountId: string, deliveryId: string): Promise<AttemptView[]> {
  await findAccount(serviceId, accountId);
  const delivery = await prisma.delivery.findFirst({ where: { id: deliveryId, accountId, serviceId }, select: { id: true } });
  if (!delivery) throw new ApiError("not_found");
  const rows = await prisma.deliveryAttempt.findMany({ where: { deliveryId }, orderBy: [{ number: "asc" }, { createdAt: "asc" }] });
  return rows.map((a) => ({
    id: a.id,
    number: a.number,
    outcome: a.outcome,
    statusCode: a.statusCode,
    durationMs: a.durationMs,
    error: a.error,
    createdAt: a.createdAt.toISOString(),
  }));
}
