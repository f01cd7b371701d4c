import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { databaseConfig, type DatabaseConfig } from "@/lib/db/config";
import { escapeForLog } from "@/lib/log";

// Every environment variable the project reads, in one typed schema, validated once at start
// (loadServerEnv) with a message naming each variable that is wrong. Read them through env().
//
// Empty values: a number, a switch or a secret that is set but empty ("CONSOLE_RATE_LIMIT=") is a
// configuration error (an empty value is almost always a template line left unfilled, and reading
// it as 0 throttled every call); an empty secret counts as missing. Strings that name a place (URLs,
// paths, host lists) treat empty as unset, as they always have.

export class ConfigError extends Error {}

/** Secrets the server needs. In embedded mode a missing one is generated once into the data directory. */
const SECRETS = {
  NEXTAUTH_SECRET: () => crypto.randomBytes(32).toString("base64url"),
  CREDENTIALS_KEY: () => crypto.randomBytes(32).toString("base64"),
  EVENTS_INGEST_SECRET: () => crypto.randomBytes(32).toString("base64url"),
} as const;
type SecretName = keyof typeof SECRETS;

export const MIN_SECRET_LENGTH = 32;
const GENERATE_HINT = "generate one with `openssl rand -base64 32`";

const isUnset = (raw: string | undefined) => raw === undefined;
const isEmpty = (raw: string | undefined) => raw !== undefined && raw.trim() === "";

/** A whole number; unset → `fallback`; empty or not a number → an error naming the variable. */
function integer<F extends number | undefined>(fallback: F, min: number, max = Number.MAX_SAFE_INTEGER, fractions = false) {
  return z
    .string()
    .optional()
    .transform((raw, ctx): number | F => {
      if (isUnset(raw)) return fallback;
      const value = (raw ?? "").trim();
      const hint = fallback === undefined ? "" : ` (default ${fallback})`;
      if (value === "") {
        ctx.addIssue({ code: "custom", message: `is set but empty: unset it to use the default${hint}, or give a whole number` });
        return z.NEVER;
      }
      if (!(fractions ? /^\d+(\.\d+)?$/ : /^\d+$/).test(value)) {
        ctx.addIssue({ code: "custom", message: `must be a ${fractions ? "" : "whole "}number, got "${escapeForLog(value, 40)}"` });
        return z.NEVER;
      }
      const n = Number(value);
      if (n < min || n > max) {
        ctx.addIssue({ code: "custom", message: `must be ${max === Number.MAX_SAFE_INTEGER ? `at least ${min}` : `between ${min} and ${max}`}, got ${n}` });
        return z.NEVER;
      }
      return n;
    });
}

/** One of a few words; unset → `fallback`. */
function choice<const T extends readonly [string, ...string[]], F extends T[number] | undefined>(values: T, fallback: F) {
  return z
    .string()
    .optional()
    .transform((raw, ctx): T[number] | F => {
      if (isUnset(raw)) return fallback;
      const value = (raw ?? "").trim();
      if ((values as readonly string[]).includes(value)) return value as T[number];
      ctx.addIssue({
        code: "custom",
        message: value === "" ? `is set but empty: unset it or use ${values.join(" or ")}` : `must be ${values.join(" or ")}, got "${escapeForLog(value, 40)}"`,
      });
      return z.NEVER;
    });
}

/** A secret of at least 32 characters; unset or empty → undefined (loadServerEnv generates or demands it). Never echoed. */
function secret() {
  return z
    .string()
    .optional()
    .transform((raw, ctx): string | undefined => {
      if (isUnset(raw) || isEmpty(raw)) return undefined;
      const value = (raw ?? "").trim();
      if (value.length < MIN_SECRET_LENGTH) {
        ctx.addIssue({ code: "custom", message: `must be at least ${MIN_SECRET_LENGTH} characters (it has ${value.length}); ${GENERATE_HINT}` });
        return z.NEVER;
      }
      return value;
    });
}

/** Text where empty means unset. */
const optionalText = () =>
  z
    .string()
    .optional()
    .transform((raw) => (raw === undefined || raw.trim() === "" ? undefined : raw.trim()));

/** An absolute URL with one of the given schemes (empty = unset); the value keeps its own form. */
function url(protocols: readonly string[]) {
  return optionalText().transform((raw, ctx): string | undefined => {
    if (raw === undefined) return undefined;
    let parsed: URL;
    try {
      parsed = new URL(raw);
    } catch {
      ctx.addIssue({ code: "custom", message: `is not a URL: "${escapeForLog(raw.replace(/\/\/[^@/]*@/, "//…@"), 80)}"` });
      return z.NEVER;
    }
    if (!protocols.includes(parsed.protocol)) {
      ctx.addIssue({ code: "custom", message: `must start with ${protocols.map((p) => `${p}//`).join(" or ")}` });
      return z.NEVER;
    }
    return raw;
  });
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

export const envSchema = z
  .object({
    DATABASE_URL: optionalText().superRefine((raw, ctx) => {
      try {
        databaseConfig({ DATABASE_URL: raw });
      } catch (error) {
        ctx.addIssue({ code: "custom", message: escapeForLog((error as Error).message.replace(/^DATABASE_URL /, "")) });
      }
    }),
    DATABASE_POOL_SIZE: integer(10, 1, 1000),
    APP_URL: url(["http:", "https:"]).transform((raw) => {
      const parsed = new URL(raw ?? "http://localhost:3000");
      return parsed.origin + parsed.pathname.replace(/\/+$/, "");
    }),
    PORT: integer(3000, 1, 65535),
    HOST: optionalText(),
    NEXTAUTH_SECRET: secret(),
    CREDENTIALS_KEY: optionalText().superRefine((raw, ctx) => {
      if (raw === undefined) return;
      try {
        parseCredentialsKey(raw);
      } catch (error) {
        ctx.addIssue({ code: "custom", message: (error as Error).message.replace(/^CREDENTIALS_KEY /, "") });
      }
    }),
    EVENTS_INGEST_SECRET: secret(),
    HOOK_SIGNING_SECRET: secret(),
    SEED_PASSWORD: optionalText().superRefine((raw, ctx) => {
      // The users CLI's minimum (lib/auth/password.ts MIN_PASSWORD_LENGTH): the seed must not create weaker ones.
      if (raw !== undefined && raw.length < 8) ctx.addIssue({ code: "custom", message: "must be at least 8 characters" });
    }),
    SEED_DEMO: choice(["true", "false"], undefined),
    HOOK_TARGET_HOSTS: optionalText(),
    ZAPIER_API_RATE_LIMIT: integer(600, 1),
    ZAPIER_AUTH_FAILURE_LIMIT: integer(30, 1),
    CREDENTIALS_CACHE_MS: integer(10_000, 0, 300_000),
    CONSOLE_RATE_LIMIT: integer(600, 1),
    TRUST_PROXY: z
      .string()
      .optional()
      .transform((raw, ctx): number => {
        if (raw === undefined || raw.trim() === "false") return 0;
        if (raw.trim() === "true") return 1;
        if (/^\d+$/.test(raw.trim()) && Number(raw) <= 10) return Number(raw);
        ctx.addIssue({
          code: "custom",
          message: `${raw.trim() === "" ? "is set but empty" : `is "${escapeForLog(raw, 40)}"`}: use false, true (one reverse proxy) or the number of proxies (0–10)`,
        });
        return z.NEVER;
      }),
    DELIVERY_WORKER: choice(["on", "off"], "on"),
    // The worker's settings: unset means lib/delivery/config.ts's default.
    DELIVERY_MAX_ATTEMPTS: integer(undefined, 1),
    DELIVERY_BACKOFF_BASE_MS: integer(undefined, 1),
    DELIVERY_BACKOFF_MAX_MS: integer(undefined, 1),
    DELIVERY_TIMEOUT_MS: integer(undefined, 100),
    DELIVERY_LEASE_MS: integer(undefined, 200),
    DELIVERY_POLL_MS: integer(undefined, 10),
    DELIVERY_CONCURRENCY: integer(undefined, 1),
    DELIVERY_SERVICE_CONCURRENCY: integer(undefined, 1),
    DELIVERY_SYNCHRONOUS_COMMIT: choice(["on", "off"], "off"),
    DELIVERY_BATCH_SIZE: integer(undefined, 1),
    DELIVERY_SWEEP_MS: integer(undefined, 100),
    // Days, fractions allowed (tests keep seconds); 0 keeps everything.
    DELIVERY_RETENTION_DAYS: integer(undefined, 0, Number.MAX_SAFE_INTEGER, true),
    REDIS_URL: url(["redis:", "rediss:"]),
    RATE_LIMIT_KEY_PREFIX: optionalText().superRefine((raw, ctx) => {
      if (raw !== undefined && !/^[A-Za-z0-9:_.-]{1,64}$/.test(raw)) {
        ctx.addIssue({ code: "custom", message: "must be 1–64 letters, digits or : _ . -" });
      }
    }),
    PLATFORM_URL: url(["http:", "https:"]),
    PLATFORM_SECRET: secret(),
    // The workspace's settings (lib/workspace/config.ts): unset means its defaults.
    PLATFORM_TIMEOUT_MS: integer(undefined, 1),
    SMS_CARRIER_DELAY_MS: integer(undefined, 0),
    SMS_CARRIER_POLL_MS: integer(undefined, 1),
    NEXT_DIST_DIR: optionalText(),
  })
  .superRefine((env, ctx) => {
    if (env.PLATFORM_URL !== undefined && env.PLATFORM_SECRET === undefined) {
      ctx.addIssue({ code: "custom", path: ["PLATFORM_SECRET"], message: `must be set when PLATFORM_URL is set; ${GENERATE_HINT}` });
    }
    const timeout = env.DELIVERY_TIMEOUT_MS ?? 10_000;
    if (env.DELIVERY_LEASE_MS !== undefined && env.DELIVERY_LEASE_MS < timeout + 100) {
      ctx.addIssue({ code: "custom", path: ["DELIVERY_LEASE_MS"], message: `must be at least DELIVERY_TIMEOUT_MS + 100 (${timeout + 100})` });
    }
  });

export type Env = z.output<typeof envSchema>;

/** Parses an environment; throws a ConfigError whose message names every variable that is wrong. */
export function parseEnv(source: Record<string, string | undefined> = process.env): Env {
  const result = envSchema.safeParse(source);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => `${issue.path.join(".") || "environment"} ${issue.message}`);
  throw new ConfigError(lines.join("; "));
}

const globalForEnv = globalThis as unknown as { __zapierEnv?: Env };

/** The validated environment, parsed on first use and cached (loadServerEnv parses it at start). */
export function env(): Env {
  return (globalForEnv.__zapierEnv ??= parseEnv(process.env));
}

/** Forget the cached environment (tests that change process.env). */
export function resetEnv() {
  globalForEnv.__zapierEnv = undefined;
}

export function appUrl(): string {
  return env().APP_URL;
}

export function appOrigin(): string {
  return new URL(appUrl()).origin;
}

/**
 * Validates the environment once at start-up and fills in what embedded mode may generate.
 * Throws a ConfigError with a message that says what to set.
 */
export function loadServerEnv(log: (line: string) => void = console.log): DatabaseConfig {
  resetEnv();
  // Everything but the missing secrets first: a bad value is reported before anything is generated.
  const initial = parseEnv(process.env);
  const config = databaseConfig({ DATABASE_URL: initial.DATABASE_URL });
  process.env.NEXTAUTH_URL ??= initial.APP_URL;

  const missing = (Object.keys(SECRETS) as SecretName[]).filter((name) => initial[name] === undefined);
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
  // Again with the generated secrets (a stored one that is too short is reported like a set one).
  globalForEnv.__zapierEnv = parseEnv(process.env);
  return config;
}
