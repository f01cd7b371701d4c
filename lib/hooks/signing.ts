import crypto from "node:crypto";
import { prisma, type Prisma } from "@/lib/db";
import { parseCredentialsKey } from "@/lib/env";

/**
 * Deliveries are signed as the Standard Webhooks specification says (https://www.standardwebhooks.com):
 * `webhook-id` (the delivery id, the same on every retry), `webhook-timestamp` (Unix seconds) and
 * `webhook-signature`: space-separated `v1,<base64 HMAC-SHA256 of "{id}.{timestamp}.{body}">`,
 * keyed with the bytes of the `whsec_<base64>` secret.
 *
 * Each account's secret is derived (HKDF-SHA256) from HOOK_SIGNING_SECRET when set, else from
 * CREDENTIALS_KEY, with the account id and its signing generation: nothing secret is stored, one
 * account's secret says nothing about another's, and regenerating the token moves the generation
 * on, so the secret rotates with the token. While the previous token's grace period runs, the
 * previous generation signs too: a delivery then carries both signatures.
 */
export const SIGNATURE_HEADERS = ["webhook-id", "webhook-timestamp", "webhook-signature"] as const;

function masterKey(): Buffer {
  const dedicated = process.env.HOOK_SIGNING_SECRET;
  if (dedicated) return Buffer.from(dedicated, "utf8");
  return parseCredentialsKey(process.env.CREDENTIALS_KEY ?? "");
}

const keys = new Map<string, Buffer>();

/** The 32-byte HMAC key of one account's signing generation. */
export function signingKey(accountId: string, generation: number): Buffer {
  const id = `${accountId}:${generation}`;
  let key = keys.get(id);
  if (!key) {
    key = Buffer.from(crypto.hkdfSync("sha256", masterKey(), Buffer.alloc(0), `cinnox-zapier-hook:v2:${id}`, 32));
    if (keys.size > 10_000) keys.clear();
    keys.set(id, key);
  }
  return key;
}

/** The secret as receivers configure it: `whsec_` and the key in base64. */
export function signingSecret(accountId: string, generation: number): string {
  return `whsec_${signingKey(accountId, generation).toString("base64")}`;
}

/** The keys that sign an account's deliveries now: its generation's, and during a grace period the previous one's too. */
export function activeSigningKeys(accountId: string, generation: number, previousLive: boolean): Buffer[] {
  const current = signingKey(accountId, generation);
  return previousLive && generation > 0 ? [current, signingKey(accountId, generation - 1)] : [current];
}

/** The three Standard Webhooks headers for one delivery body. */
export function signatureHeaders(deliveryId: string, body: string, signingKeys: Buffer[], nowMs = Date.now()) {
  const timestamp = String(Math.floor(nowMs / 1000));
  const content = `${deliveryId}.${timestamp}.${body}`;
  const signature = signingKeys.map((key) => `v1,${crypto.createHmac("sha256", key).update(content, "utf8").digest("base64")}`).join(" ");
  return { "webhook-id": deliveryId, "webhook-timestamp": timestamp, "webhook-signature": signature };
}

/** SQL: whether the account's previous token (and so its previous signing generation) is in its grace period. */
export const previousSigningLive = (account: { previousTokenHash: string | null; previousTokenExpiresAt: Date | null }, now = new Date()) =>
  !!account.previousTokenHash && !!account.previousTokenExpiresAt && account.previousTokenExpiresAt > now;

/**
 * The body of `GET /api/zapier/v1/signing-secret`: the secret that signs the account's
 * deliveries from now on, and how. (During a grace period the previous secret signs as well.)
 */
export async function signingSecretView(principal: { accountId: string; serviceId: string }) {
  const account = await prisma.zapierAccount.findFirst({
    where: { id: principal.accountId, serviceId: principal.serviceId },
    select: { signingGeneration: true },
  });
  return {
    signingSecret: signingSecret(principal.accountId, account?.signingGeneration ?? 0),
    scheme: "standard-webhooks",
    algorithm: "HMAC-SHA256",
    headers: [...SIGNATURE_HEADERS],
  };
}

/**
 * Called by a token regeneration inside its transaction (the account row is locked): the next
 * signing generation signs from now on; the one before keeps signing while the grace period runs.
 */
export async function rotateSigningSecret(tx: Prisma.TransactionClient, accountId: string) {
  await tx.$executeRaw`UPDATE "ZapierAccount" SET "signingGeneration" = "signingGeneration" + 1 WHERE "id" = ${accountId}`;
}
