/**
 * The client's address. Next's server sets X-Forwarded-For from the socket; behind a proxy
 * the proxy appends its own view. The left-most entry is what the client claimed; with
 * TRUST_PROXY unset we use the right-most one, which the nearest hop wrote.
 */
export function clientAddress(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for");
  if (forwarded) {
    const parts = forwarded.split(",").map((p) => p.trim()).filter(Boolean);
    const pick = process.env.TRUST_PROXY === "true" ? parts[0] : parts[parts.length - 1];
    if (pick) return pick.replace(/^::ffff:/, "");
  }
  return headers.get("x-real-ip")?.trim() || "unknown";
}
