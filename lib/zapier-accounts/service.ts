import { ApiError } from "@/lib/api/errors";
import { forgetCredentials } from "@/lib/zapier-api/credential-cache";
import { recordAudit } from "@/lib/audit/service";
import type { Actor } from "@/lib/auth/session";
import { Prisma, prisma } from "@/lib/db";
import { wakeDeliveryWorker } from "@/lib/delivery/wake";
import { revokeSubscriptions } from "@/lib/hooks/revoke";
import { rotateSigningSecret } from "@/lib/hooks/signing";
import { ACCOUNT_LIMIT, type GraceSeconds } from "./schemas";
import { accountSelect, toAccountDto } from "./serialize";
import { decryptToken, encryptToken, generateAppId, generateAppToken, hashToken, tokenPreview } from "./tokens";
import { nameKey } from "./name-rule";

type Tx = Prisma.TransactionClient;
export interface RequestActor extends Actor {
  ip: string;
}


function isUniqueViolation(error: unknown) {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

function issueToken(appId: string) {
  const appToken = generateAppToken();
  return {
    appToken,
    columns: { tokenHash: hashToken(appToken), tokenCiphertext: encryptToken(appToken, appId), tokenPreview: tokenPreview(appToken) },
  };
}

/** Locks the account row of this service for the rest of the transaction, or answers 404. */
async function lockAccount(tx: Tx, serviceId: string, id: string) {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "ZapierAccount" WHERE "id" = ${id} AND "serviceId" = ${serviceId} FOR UPDATE`;
  if (rows.length === 0) throw new ApiError("not_found");
  return tx.zapierAccount.findUniqueOrThrow({ where: { id } });
}

async function assertNameFree(tx: Tx, serviceId: string, name: string, exceptId?: string) {
  const clash = await tx.zapierAccount.findFirst({
    where: { serviceId, nameKey: nameKey(name), ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { id: true },
  });
  if (clash) throw new ApiError("name_taken");
}

async function withNameGuard<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    // Two requests racing for one name: the unique index decides, the loser hears 409.
    if (isUniqueViolation(error)) throw new ApiError("name_taken");
    throw error;
  }
}

export async function listAccounts(serviceId: string) {
  const rows = await prisma.zapierAccount.findMany({
    where: { serviceId },
    select: accountSelect,
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  const now = new Date();
  return rows.map((r) => toAccountDto(r, now));
}

export async function getAccount(serviceId: string, id: string) {
  const row = await prisma.zapierAccount.findFirst({ where: { id, serviceId }, select: accountSelect });
  if (!row) throw new ApiError("not_found");
  return toAccountDto(row);
}

export async function createAccount(actor: RequestActor, name: string) {
  return withNameGuard(() =>
    prisma.$transaction(async (tx) => {
      // The service row is the lock that serialises creates: the count below cannot go stale.
      await tx.$queryRaw`SELECT "id" FROM "Service" WHERE "id" = ${actor.serviceId} FOR UPDATE`;
      const count = await tx.zapierAccount.count({ where: { serviceId: actor.serviceId } });
      if (count >= ACCOUNT_LIMIT) {
        throw new ApiError("limit_reached", `Your service already has ${ACCOUNT_LIMIT} Zapier accounts. Delete one to add another.`);
      }
      await assertNameFree(tx, actor.serviceId, name);
      const appId = generateAppId();
      const { appToken, columns } = issueToken(appId);
      const row = await tx.zapierAccount.create({
        data: { serviceId: actor.serviceId, name, nameKey: nameKey(name), appId, ...columns },
        select: accountSelect,
      });
      await recordAudit(tx, { actor, ip: actor.ip, action: "account.created", accountId: row.id, accountName: name });
      return { account: toAccountDto(row), appToken };
    }),
  );
}

export async function renameAccount(actor: RequestActor, id: string, name: string) {
  const renamed = await withNameGuard(() =>
    prisma.$transaction(async (tx) => {
      const current = await lockAccount(tx, actor.serviceId, id);
      if (current.name === name) return toAccountDto(current);
      await assertNameFree(tx, actor.serviceId, name, id);
      const row = await tx.zapierAccount.update({
        where: { id: current.id },
        data: { name, nameKey: nameKey(name) },
        select: accountSelect,
      });
      await recordAudit(tx, {
        actor,
        ip: actor.ip,
        action: "account.renamed",
        accountId: id,
        accountName: name,
        metadata: { from: current.name, to: name },
      });
      return toAccountDto(row);
    }),
  );
  forgetCredentials(renamed.appId); // GET /me answers the name: no process may answer the old one
  return renamed;
}

export async function deleteAccount(actor: RequestActor, id: string) {
  const revoked = await prisma.$transaction(async (tx) => {
    const current = await lockAccount(tx, actor.serviceId, id);
    const revoked = await revokeSubscriptions(tx, current);
    await tx.zapierAccount.delete({ where: { id: current.id } });
    await recordAudit(tx, { actor, ip: actor.ip, action: "account.deleted", accountId: id, accountName: current.name });
    return { revoked, appId: current.appId };
  });
  // The trigger's NOTIFY evicts it in every process; this makes it so here before we answer.
  forgetCredentials(revoked.appId);
  if (revoked.revoked) wakeDeliveryWorker(); // send the DELETEs to the hooks' targets now
}

/**
 * A new token at once. With a grace period the old token keeps working until it ends (only one
 * previous token is ever kept); without one it stops now, and so do the account's hooks.
 */
export async function regenerateToken(actor: RequestActor, id: string, graceSeconds: GraceSeconds = 0) {
  const result = await prisma.$transaction(async (tx) => {
    const current = await lockAccount(tx, actor.serviceId, id);
    const now = new Date();
    const { appToken, columns } = issueToken(current.appId);
    const row = await tx.zapierAccount.update({
      where: { id: current.id },
      data: {
        ...columns,
        previousTokenHash: graceSeconds > 0 ? current.tokenHash : null,
        previousTokenExpiresAt: graceSeconds > 0 ? new Date(now.getTime() + graceSeconds * 1000) : null,
        tokenRegeneratedAt: now,
      },
      select: accountSelect,
    });
    await rotateSigningSecret(tx, current.id); // the delivery signing secret rotates with the token
    // Without grace every hook goes; with grace the token being replaced keeps its hooks until the
    // grace ends (the worker's sweep), and an older previous token, dropped now, loses its own now.
    const revoked = await revokeSubscriptions(tx, current, graceSeconds > 0 ? { keepTokenHashes: [current.tokenHash] } : {});
    await recordAudit(tx, {
      actor,
      ip: actor.ip,
      action: "token.regenerated",
      accountId: id,
      accountName: current.name,
      metadata: { graceSeconds },
    });
    return { account: toAccountDto(row, now), appToken, revoked };
  });
  forgetCredentials(result.account.appId); // as in deleteAccount: the old token stops here before we answer
  if (result.revoked) wakeDeliveryWorker();
  return { account: result.account, appToken: result.appToken };
}

/** The current token in clear, for an admin who needs to paste it again. Audited. */
export async function revealToken(actor: RequestActor, id: string) {
  return prisma.$transaction(async (tx) => {
    const current = await tx.zapierAccount.findFirst({ where: { id, serviceId: actor.serviceId } });
    if (!current) throw new ApiError("not_found");
    const appToken = decryptToken(current.tokenCiphertext, current.appId);
    await recordAudit(tx, { actor, ip: actor.ip, action: "token.revealed", accountId: id, accountName: current.name });
    return appToken;
  });
}
