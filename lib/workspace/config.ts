/**
 * The workspace's configuration, read here and nowhere else:
 * - PLATFORM_URL: when set, every action is forwarded to the contact-centre platform
 *   (`POST {PLATFORM_URL}/zapier-actions/{action}`); when empty, the embedded workspace serves them.
 * - PLATFORM_SECRET: the key the forwarded requests are signed with (required with PLATFORM_URL).
 * - PLATFORM_TIMEOUT_MS: how long the platform may take (default 10 000).
 * - SMS_CARRIER_DELAY_MS: how long the sandbox carrier takes to report an SMS (default 1 000).
 * - SMS_CARRIER_POLL_MS: how often the carrier looks for due reports (default 500).
 */
export interface WorkspaceConfig {
  platformUrl: string | null;
  platformSecret: string;
  platformTimeoutMs: number;
  carrierDelayMs: number;
  carrierPollMs: number;
}

const int = (value: string | undefined, fallback: number, name: string) => {
  if (value === undefined || value.trim() === "") return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a whole number of milliseconds, got "${value}".`);
  return n;
};

export function workspaceConfig(env: NodeJS.ProcessEnv = process.env): WorkspaceConfig {
  const url = env.PLATFORM_URL?.trim() || null;
  if (url && !/^https?:\/\//.test(url)) throw new Error("PLATFORM_URL must be an http(s):// URL.");
  const secret = env.PLATFORM_SECRET ?? "";
  if (url && secret.length < 16) throw new Error("PLATFORM_SECRET must be set (at least 16 characters) when PLATFORM_URL is set.");
  return {
    platformUrl: url ? url.replace(/\/+$/, "") : null,
    platformSecret: secret,
    platformTimeoutMs: int(env.PLATFORM_TIMEOUT_MS, 10_000, "PLATFORM_TIMEOUT_MS"),
    carrierDelayMs: int(env.SMS_CARRIER_DELAY_MS, 1_000, "SMS_CARRIER_DELAY_MS"),
    carrierPollMs: int(env.SMS_CARRIER_POLL_MS, 500, "SMS_CARRIER_POLL_MS"),
  };
}
