export const DEFAULT_CALLBACK = "/admin/integrations/zapier";

/**
 * Only a same-origin relative path may be a redirect target: "/admin/…" yes; "//evil.example",
 * "/\evil.example", "https://…" or anything with control characters falls back to the default.
 */
export function safeCallbackUrl(raw: unknown): string {
  if (typeof raw !== "string" || !raw.startsWith("/") || raw.startsWith("//") || raw.startsWith("/\\")) return DEFAULT_CALLBACK;
  if (/[\u0000-\u001f\u007f\\]/.test(raw)) return DEFAULT_CALLBACK;
  try {
    const base = "http://console.invalid";
    const url = new URL(raw, base);
    if (url.origin !== base) return DEFAULT_CALLBACK;
    if (url.pathname === "/login") return DEFAULT_CALLBACK;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return DEFAULT_CALLBACK;
  }
}
