/**
 * Against server-side request forgery: a REST-hook target must be http(s), carry no
 * credentials, and have a host that HOOK_TARGET_HOSTS allows (comma-separated host names,
 * `*.example.com` for any subdomain). Checked when subscribing and again at every delivery.
 */
export const DEFAULT_TARGET_HOSTS = "hooks.zapier.com";

let cached: { source: string; patterns: string[] } | undefined;

function patterns(): string[] {
  const source = process.env.HOOK_TARGET_HOSTS ?? DEFAULT_TARGET_HOSTS;
  if (cached?.source !== source) {
    cached = { source, patterns: source.split(",").map((p) => p.trim().toLowerCase().replace(/\.$/, "")).filter(Boolean) };
  }
  return cached.patterns;
}

export function hostAllowed(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, "").replace(/^\[|\]$/g, "");
  return patterns().some((p) => (p.startsWith("*.") ? host.endsWith(p.slice(1)) && host.length > p.length - 1 : host === p));
}

/** Returns the reason a target URL is refused, or null when it may be used. */
export function targetProblem(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return "targetUrl must be an absolute http(s) URL.";
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return "targetUrl must use http or https.";
  if (url.username || url.password) return "targetUrl must not contain credentials.";
  if (!hostAllowed(url.hostname)) return `The host ${url.hostname} is not an allowed REST-hook target (HOOK_TARGET_HOSTS).`;
  return null;
}
