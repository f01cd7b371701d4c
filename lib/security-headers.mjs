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
