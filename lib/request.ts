import { env } from "@/lib/env";

/**
 * How many reverse proxies in front of the server write X-Forwarded-For: none unless
 * TRUST_PROXY says so (`true` is one, a number is that many).
 */
export function trustedProxyHops(): number {
  return env().TRUST_PROXY;
}

/**
 * The client's address. scripts/serve.mjs (what `npm start` runs) replaces whatever a client
 * claims with the connection's address, unless proxies are trusted; each trusted proxy appends
 * the address it saw, so the client is the entry that many places from the right (anything
 * further left is what the client claimed, and is ignored).
 */
export function clientAddress(headers: Headers): string {
  const parts = (headers.get("x-forwarded-for") ?? "").split(",").map((p) => p.trim()).filter(Boolean);
  const pick = parts[Math.max(0, parts.length - Math.max(1, trustedProxyHops()))];
  return pick ? pick.replace(/^::ffff:/, "") : "unknown";
}
