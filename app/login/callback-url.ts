export const DEFAULT_CALLBACK = "/admin/integrations/zapier";

const BASE = "http://console.invalid";
// Control characters and backslashes: browsers strip the first and read "\" as "/".
const UNSAFE = /[\u0000-\u001f\u007f\\]/;
// Two leading slashes (or a slash and a backslash) make a browser read the rest as another host.
const NETWORK_PATH = /^\/[/\\]/;

/**
 * A callback is used only if it ends as a same-origin path: the string is resolved the way a browser
 * would resolve it (dot segments, including percent-encoded ones, removed) and the result, raw and
 * percent-decoded, must still be a path on this origin that does not start with "//" or "/\".
 * Anything else (another origin, a network path, malformed encoding, the login page itself) falls
 * back to the Zapier page.
 */
export function safeCallbackUrl(raw: unknown): string {
  if (typeof raw !== "string" || raw.length > 2048 || !raw.startsWith("/") || NETWORK_PATH.test(raw) || UNSAFE.test(raw)) {
    return DEFAULT_CALLBACK;
  }
  try {
    if (UNSAFE.test(decodeURIComponent(raw))) return DEFAULT_CALLBACK;
    const url = new URL(raw, BASE);
    if (url.origin !== BASE) return DEFAULT_CALLBACK;
    const result = `${url.pathname}${url.search}${url.hash}`;
    if (NETWORK_PATH.test(result) || NETWORK_PATH.test(decodeURIComponent(url.pathname))) return DEFAULT_CALLBACK;
    // What the browser resolves the answer to must be the answer itself, on this origin.
    const again = new URL(result, BASE);
    if (again.origin !== BASE || `${again.pathname}${again.search}${again.hash}` !== result) return DEFAULT_CALLBACK;
    if (url.pathname === "/login" || url.pathname.startsWith("/login/")) return DEFAULT_CALLBACK;
    return result;
  } catch {
    return DEFAULT_CALLBACK;
  }
}
