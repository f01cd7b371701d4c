import { ApiError } from "@/lib/api/errors";
import { prisma } from "@/lib/db";
import type { DeliveryView } from "@/lib/zapier-accounts/schemas";
import { wakeDeliveryWorker } from "./wake";

async function assertAccount(serviceId: string, accountId: string) {
  const account = await prisma.zapierAccount.findFirst({ where: { id: accountId, serviceId }, select: { id: true } });
  if (!account) throw new ApiError("not_found");
}

/** The account's last 50 deliveries, newest first. */
export async function accountDeliveries(serviceId: string, accountId: string): Promise<DeliveryView[]> {
  await assertAccount(serviceId, accountId);
  const rows = await prisma.delivery.findMany({
    where: { serviceId, accountId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 50,
  });
  return rows.map((d) => ({
    id: d.id,
    kind: d.kind,
    event: d.eventName,
    status: d.status,
    attempts: d.attempts,
    lastStatusCode: d.lastStatusCode,
    lastError: d.lastError,
    createdAt: d.createdAt.toISOString(),
    updatedAt: d.updatedAt.toISOString(),
    deliveredAt: d.deliveredAt?.toISOString() ?? null,
    nextAttemptAt: d.status === "PENDING" ? d.nextAttemptAt.toISOString() : null,
  }));
}

/** Queues one more attempt of a failed delivery, now. */
export async function retryDelivery(serviceId: string, accountId: string, deliveryId: string) {
  await assertAccount(serviceId, accountId);
  const delivery = await prisma.delivery.findFirst({ where: { id: deliveryId, accountId, serviceId } });
  if (!delivery) throw new ApiError("not_found");
  const hookExists = delivery.subscriptionId
    ? (await prisma.hookSubscription.count({ where: { id: delivery.subscriptionId } })) > 0
    : false;
  if (delivery.status !== "FAILED" || (delivery.kind === "EVENT" && !hookExists)) throw new ApiError("not_retryable");
  const { count } = await prisma.delivery.updateMany({
    where: { id: delivery.id, status: "FAILED" },
    data: { status: "PENDING", nextAttemptAt: new Date(), lockedBy: null, lockedUntil: null },
  });
  if (count === 0) throw new ApiError("not_retryable");
  wakeDeliveryWorker();
}
