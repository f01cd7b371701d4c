import crypto from "node:crypto";
import { parseCredentialsKey } from "@/lib/env";

/**
 * Each account signs its deliveries with its own secret, derived (HKDF-SHA256) from
 * HOOK_SIGNING_SECRET when set, else from CREDENTIALS_KEY: nothing extra to store, and one
 * account's secret says nothing about another's.
 */
function masterKey(): Buffer {
  const dedicated = process.env.HOOK_SIGNING_SECRET;
  if (dedicated) return Buffer.from(dedicated, "utf8");
  return parseCredentialsKey(process.env.CREDENTIALS_KEY ?? "");
}

const cache = new Map<string, string>();

export function signingSecret(accountId: string): string {
  let secret = cache.get(accountId);
  if (!secret) {
    secret = `whsec_${Buffer.from(crypto.hkdfSync("sha256", masterKey(), Buffer.alloc(0), `cinnox-zapier-hook:${accountId}`, 32)).toString("base64url")}`;
    if (cache.size > 10_000) cache.clear();
    cache.set(accountId, secret);
  }
  return secret;
}

/** `X-CINNOX-Signature`: the bare lowercase hex HMAC-SHA256 of the exact body bytes, so a receiver compares it directly. */
export function signBody(accountId: string, body: string): string {
  return crypto.createHmac("sha256", signingSecret(accountId)).update(body, "utf8").digest("hex");
}
