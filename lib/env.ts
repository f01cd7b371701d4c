import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { databaseConfig } from "@/lib/db/config";

/** Secrets the server needs. In embedded mode a missing one is generated once into the data directory. */
const SECRETS = {
  NEXTAUTH_SECRET: () => crypto.randomBytes(32).toString("base64url"),
  CREDENTIALS_KEY: () => crypto.randomBytes(32).toString("base64"),
  EVENTS_INGEST_SECRET: () => crypto.randomBytes(32).toString("base64url"),
} as const;
type SecretName = keyof typeof SECRETS;

export class ConfigError extends Error {}

export function appUrl(): string {
  const raw = process.env.APP_URL?.trim() || "http://localhost:3000";
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(`APP_URL is not a URL: "${raw}"`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new ConfigError("APP_URL must be http(s)://…");
  return url.origin + url.pathname.replace(/\/+$/, "");
}

export function appOrigin(): string {
  return new URL(appUrl()).origin;
}

/** 32 bytes, given as base64 (44 characters) or hex (64 characters). */
export function parseCredentialsKey(value: string): Buffer {
  const v = value.trim();
  const key = /^[0-9a-fA-F]{64}$/.test(v) ? Buffer.from(v, "hex") : Buffer.from(v, "base64");
  if (key.length !== 32) {
    throw new ConfigError("CREDENTIALS_KEY must be 32 bytes, as base64 (e.g. `openssl rand -base64 32`) or 64 hex characters.");
  }
  return key;
}

/**
 * Validates the environment once at start-up and fills in what embedded mode may generate.
 * Throws a ConfigError with a message that says what to set.
 */
export function loadServerEnv(log: (line: string) => void = console.log) {
  const config = databaseConfig();
  appUrl();
  process.env.NEXTAUTH_URL ??= appUrl();

  const missing = (Object.keys(SECRETS) as SecretName[]).filter((name) => !process.env[name]?.trim());
  if (missing.length) {
    if (config.kind === "postgres") {
      throw new ConfigError(
        `Missing ${missing.join(", ")}. With a PostgreSQL DATABASE_URL these must be set (see README › Configuration); ` +
          "for example: " + missing.map((m) => `${m}=$(openssl rand -base64 32)`).join(" "),
      );
    }
    const file = path.join(path.dirname(config.dataDir), "secrets.json");
    let stored: Partial<Record<SecretName, string>> = {};
    if (fs.existsSync(file)) stored = JSON.parse(fs.readFileSync(file, "utf8")) as typeof stored;
    let changed = false;
    for (const name of missing) {
      if (!stored[name]) {
        stored[name] = SECRETS[name]();
        changed = true;
        log(`Generated ${name} into ${file} (mode 0600). Keep that file private; set ${name} to override it.`);
      }
      process.env[name] = stored[name];
    }
    if (changed) {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, JSON.stringify(stored, null, 2) + "\n", { mode: 0o600 });
      fs.chmodSync(file, 0o600);
    }
  }
  parseCredentialsKey(process.env.CREDENTIALS_KEY ?? "");
  return config;
}
