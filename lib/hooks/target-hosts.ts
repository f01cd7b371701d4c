/**
 * Against server-side request forgery: a REST-hook target must carry no credentials and match
 * an entry of HOOK_TARGET_HOSTS (comma-separated):
 * - a host name (`hooks.zapier.com`, `*.example.com` for any subdomain): https on port 443 only;
 * - `http://host` (`http://127.0.0.1`, `http://*.internal.test`): plain http to that host, on any
 *   port, for local testing; such an entry allows nothing over https.
 * Checked when subscribing and again at every delivery.
 */
export const DEFAULT_TARGET_HOSTS = "hooks.zapier.com";

interface Rule {
  http: boolean;
  host: string;
}

let cached: { source: string; rules: Rule[] } | undefined;

const normalise = (host: string) => host.toLowerCase().replace(/\.$/, "").replace(/^\[|\]$/g, "");

function rules(): Rule[] {
  const source = process.env.HOOK_TARGET_HOSTS?.trim() || DEFAULT_TARGET_HOSTS; // empty = unset
  if (cached?.source !== source) {
    const parsed = source
      .split(",")
      .map((entry) => entry.trim())
      .filter(Boolean)
      .map((entry) => {
        const http = /^http:\/\//i.test(entry);
        return { http, host: normalise(http ? entry.slice("http://".length).replace(/\/+$/, "") : entry) };
      });
    cached = { source, rules: parsed };
  }
  return cached.rules;
}

const hostMatches = (pattern: string, host: string) =>
  pattern.startsWith("*.") ? host.endsWith(pattern.slice(1)) && host.length > pattern.length - 1 : host === pattern;

/** Whether HOOK_TARGET_HOSTS allows this host over this protocol (`https:` or `http:`). */
export function hostAllowed(hostname: string, protocol: "https:" | "http:" = "https:"): boolean {
  const host = normalise(hostname);
  return rules().some((rule) => rule.http === (protocol === "http:") && hostMatches(rule.host, host));
}

/** Returns the reason a target URL is refused, or null when it may be used. */
export function targetProblem(raw: string | URL): string | null {
  let url: URL;
  try {
    url = typeof raw === "string" ? new URL(raw) : raw;
  } catch {
    return "targetUrl must be an absolute http(s) URL.";
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return "targetUrl must use http or https.";
  if (url.username || url.password) return "targetUrl must not contain credentials.";
  if (url.protocol === "https:") {
    if (!hostAllowed(url.hostname, "https:")) {
      return hostAllowed(url.hostname, "http:")
        ? `The host ${url.hostname} is allowed over plain http only (HOOK_TARGET_HOSTS).`
        : `The host ${url.hostname} is not an allowed REST-hook target (HOOK_TARGET_HOSTS).`;
    }
    // URL drops the default port, so an explicit :443 reads as "".
    if (url.port !== "") return "targetUrl must use port 443 for https targets.";
    return null;
  }
  if (!hostAllowed(url.hostname, "http:")) {
    return hostAllowed(url.hostname, "https:")
      ? "targetUrl must use https (HOOK_TARGET_HOSTS allows plain http only for hosts listed as http://host)."
      : `The host ${url.hostname} is not an allowed REST-hook target (HOOK_TARGET_HOSTS).`;
  }
  return null;
}
