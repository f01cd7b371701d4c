import "server-only";
import { ApiError } from "@/lib/api/errors";
import { Prisma, prisma } from "@/lib/db";
import { wakeDeliveryWorker } from "@/lib/delivery/wake";
import { isEventName, newEventId, testEventPayload } from "@/lib/events/catalog";
import { liveTokenHashes } from "@/lib/hooks/revoke";
import type { TestEventResult } from "./views";

/**
 * Sends one subscription its trigger's example payload, marked `"test": true`, through the normal
 * outbox: an Event and one Delivery for that subscription only, in one transaction, then the
 * worker picks it up like any other (signature, retries, attempts log).
 */
export async function sendTestEvent(serviceId: string, accountId: string, subscriptionId: string): Promise<TestEventResult> {
  const result = await prisma.$transaction(async (tx) => {
    const account = await tx.zapierAccount.findFirst({
      where: { id: accountId, serviceId },
      select: { id: true, tokenHash: true, previousTokenHash: true, previousTokenExpiresAt: true },
    });
    if (!account) throw new ApiError("not_found");
    const hook = await tx.hookSubscription.findFirst({ where: { id: subscriptionId, accountId, serviceId } });
    // A hook whose token no longer works gets nothing, as with real events.
    if (!hook || !liveTokenHashes(account).includes(hook.tokenHash) || !isEventName(hook.event)) throw new ApiError("not_found");
    const eventId = newEventId();
    const occurredAt = new Date();
    const payload = testEventPayload(hook.event, eventId, occurredAt);
    await tx.event.create({
      data: { id: eventId, serviceId, event: hook.event, payload: payload as Prisma.InputJsonObject, occurredAt },
    });
    const delivery = await tx.delivery.create({
      data: { kind: "EVENT", serviceId, accountId, subscriptionId: hook.id, eventId, eventName: hook.event, targetUrl: hook.targetUrl },
      select: { id: true },
    });
    return { eventId, deliveryId: delivery.id };
  });
  wakeDeliveryWorker();
  return result;
}
