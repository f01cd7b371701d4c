// @ts-check
// The headers every response carries, in one place: next.config.js applies them to Next's own
// answers, scripts/serve.mjs to the few it answers before Next does. Pages replace the CSP with
// a per-request nonce policy (proxy.ts); everything else (API, static files) gets the strict one.

/** For responses that are not pages: nothing may load, run or frame them. */
export const STRICT_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/** @type {{ key: string; value: string }[]} */
export const SECURITY_HEADERS = [
  { key: "X-Frame-Options", value: "DENY" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "no-referrer" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

/** Two years, subdomains included: sent only when the console is served over https (APP_URL). */
export const HSTS = { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" };

/**
 * The headers for every response: SECURITY_HEADERS, plus Strict-Transport-Security when the
 * console's public URL is https (a browser ignores it over http, but it must never pin a plain-http
 * deployment).
 * @param {{ https: boolean }} options
 * @returns {{ key: string; value: string }[]}
 */
export function securityHeaders({ https }) {
  return https ? [...SECURITY_HEADERS, HSTS] : SECURITY_HEADERS;
}

/** @param {string | undefined} appUrl */
export const isHttpsUrl = (appUrl) => /^https:\/\//i.test(appUrl?.trim() ?? "");
