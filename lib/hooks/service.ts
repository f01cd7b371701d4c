import { ApiError } from "@/lib/api/errors";
import { prisma } from "@/lib/db";
import type { EventName } from "@/lib/events/catalog";
import type { AppPrincipal } from "@/lib/zapier-api/credentials";
import { liveTokenHashes } from "./revoke";
import { HOOK_LIMIT, type HookDto } from "./schemas";
import { targetProblem } from "./target-hosts";

const toDto = (h: { id: string; event: string; targetUrl: string; createdAt: Date }): HookDto => ({
  id: h.id,
  event: h.event,
  targetUrl: h.targetUrl,
  createdAt: h.createdAt.toISOString(),
});

/**
 * Subscribes a REST hook, remembering which token made it (it is revoked when that token stops
 * working); the 100-per-account cap is checked under the account's row lock.
 */
export async function subscribe(principal: AppPrincipal, input: { event: EventName; targetUrl: string }) {
  const problem = targetProblem(input.targetUrl);
  if (problem) throw new ApiError("invalid_input", problem, { field: "targetUrl" });
  const hook = await prisma.$transaction(async (tx) => {
    const locked = await tx.$queryRaw<{ tokenHash: string; previousTokenHash: string | null; previousTokenExpiresAt: Date | null }[]>`
      SELECT "tokenHash", "previousTokenHash", "previousTokenExpiresAt" FROM "ZapierAccount"
      WHERE "id" = ${principal.accountId} AND "serviceId" = ${principal.serviceId} FOR UPDATE`;
    // Under the lock, so a regeneration that drops this token between authentication and here
    // cannot leave behind a hook made with it.
    const account = locked[0];
    if (!account || !liveTokenHashes(account).includes(principal.tokenHash)) throw new ApiError("invalid_credentials");
    const count = await tx.hookSubscription.count({ where: { accountId: principal.accountId } });
    if (count >= HOOK_LIMIT) {
      throw new ApiError("invalid_input", `An account can have at most ${HOOK_LIMIT} REST-hook subscriptions; unsubscribe one first.`, { field: "targetUrl" });
    }
    return tx.hookSubscription.create({
      data: { accountId: principal.accountId, serviceId: principal.serviceId, event: input.event, targetUrl: input.targetUrl, tokenHash: principal.tokenHash },
    });
  });
  return toDto(hook);
}

export async function listHooks(principal: AppPrincipal) {
  const hooks = await prisma.hookSubscription.findMany({
    where: { accountId: principal.accountId, serviceId: principal.serviceId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  return hooks.map(toDto);
}

/** Zapier turned the Zap off: forget the hook and whatever was still waiting for it. */
export async function unsubscribe(principal: AppPrincipal, id: string) {
  await prisma.$transaction(async (tx) => {
    const { count } = await tx.hookSubscription.deleteMany({ where: { id, accountId: principal.accountId, serviceId: principal.serviceId } });
    if (count === 0) throw new ApiError("not_found", "No such REST hook for this account.");
    await tx.delivery.deleteMany({ where: { subscriptionId: id, kind: "EVENT", status: "PENDING" } });
  });
}

/** Console view of an account's subscriptions (service-scoped). */
export async function accountHooks(serviceId: string, accountId: string) {
  const account = await prisma.zapierAccount.findFirst({ where: { id: accountId, serviceId }, select: { id: true } });
  if (!account) throw new ApiError("not_found");
  const hooks = await prisma.hookSubscription.findMany({ where: { accountId, serviceId }, orderBy: { createdAt: "desc" } });
  return hooks.map(toDto);
}
