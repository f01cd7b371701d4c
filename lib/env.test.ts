import { describe, expect, it } from "vitest";
import { ConfigError, parseEnv } from "./env";

const SECRET = "s".repeat(32);
const base = { NEXTAUTH_SECRET: SECRET, EVENTS_INGEST_SECRET: SECRET, CREDENTIALS_KEY: Buffer.alloc(32, 1).toString("base64") };
const fails = (vars: Record<string, string>) => {
  try {
    parseEnv({ ...base, ...vars });
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error(`accepted ${JSON.stringify(vars)}`);
};

describe("the environment schema", () => {
  it("gives the documented defaults", () => {
    const env = parseEnv(base);
    expect(env).toMatchObject({
      APP_URL: "http://localhost:3000",
      PORT: 3000,
      DATABASE_POOL_SIZE: 10,
      CONSOLE_RATE_LIMIT: 600,
      ZAPIER_API_RATE_LIMIT: 600,
      ZAPIER_AUTH_FAILURE_LIMIT: 30,
      TRUST_PROXY: 0,
      DELIVERY_WORKER: "on",
    });
    expect(env.SEED_DEMO).toBeUndefined();
    expect(env.DELIVERY_TIMEOUT_MS).toBeUndefined();
  });

  it("types what is set", () => {
    const env = parseEnv({ ...base, CONSOLE_RATE_LIMIT: " 50 ", TRUST_PROXY: "2", DELIVERY_WORKER: "off", APP_URL: "https://console.example/x/", DELIVERY_TIMEOUT_MS: "500" });
    expect(env).toMatchObject({ CONSOLE_RATE_LIMIT: 50, TRUST_PROXY: 2, DELIVERY_WORKER: "off", APP_URL: "https://console.example/x", DELIVERY_TIMEOUT_MS: 500 });
    expect(parseEnv({ ...base, TRUST_PROXY: "true" }).TRUST_PROXY).toBe(1);
    expect(parseEnv({ ...base, TRUST_PROXY: "false" }).TRUST_PROXY).toBe(0);
  });

  it.each(["CONSOLE_RATE_LIMIT", "ZAPIER_API_RATE_LIMIT", "ZAPIER_AUTH_FAILURE_LIMIT", "DATABASE_POOL_SIZE", "PORT", "DELIVERY_TIMEOUT_MS"])(
    "%s: empty, not a number or out of range is an error naming it",
    (name) => {
      expect(fails({ [name]: "" })).toMatch(new RegExp(`^${name} is set but empty`));
      expect(fails({ [name]: "abc" })).toBe(`${name} must be a whole number, got "abc"`);
      expect(fails({ [name]: "1.5" })).toContain(name);
      expect(fails({ [name]: "0" })).toMatch(new RegExp(`^${name} must be`));
    },
  );

  it.each(["NEXTAUTH_SECRET", "EVENTS_INGEST_SECRET", "HOOK_SIGNING_SECRET", "PLATFORM_SECRET"])("%s needs 32 characters and is never echoed", (name) => {
    const message = fails({ [name]: "weak-secret" });
    expect(message).toBe(`${name} must be at least 32 characters (it has 11); generate one with \`openssl rand -base64 32\``);
    expect(parseEnv({ ...base, [name]: "x".repeat(32) })[name as "NEXTAUTH_SECRET"]).toBe("x".repeat(32));
  });

  it("an empty secret counts as missing (generated or demanded at start)", () => {
    expect(parseEnv({ ...base, NEXTAUTH_SECRET: "" }).NEXTAUTH_SECRET).toBeUndefined();
  });

  it("CREDENTIALS_KEY must be 32 bytes", () => {
    expect(fails({ CREDENTIALS_KEY: "too-short" })).toContain("CREDENTIALS_KEY must be 32 bytes");
    expect(parseEnv({ ...base, CREDENTIALS_KEY: "ab".repeat(32) }).CREDENTIALS_KEY).toBe("ab".repeat(32));
  });

  it("reports every wrong variable at once, with control characters escaped", () => {
    const message = fails({ CONSOLE_RATE_LIMIT: "x\ny", TRUST_PROXY: "maybe", DELIVERY_WORKER: "sometimes", APP_URL: "ftp://x", REDIS_URL: "http://r", DATABASE_URL: "mysql://db" });
    expect(message).toContain('CONSOLE_RATE_LIMIT must be a whole number, got "x\\ny"');
    expect(message).toContain("TRUST_PROXY is \"maybe\"");
    expect(message).toContain('DELIVERY_WORKER must be on or off, got "sometimes"');
    expect(message).toContain("APP_URL must start with http:// or https://");
    expect(message).toContain("REDIS_URL must start with redis:// or rediss://");
    expect(message).toContain("DATABASE_URL must be empty, file:<directory> or postgres://");
    expect(message).not.toContain("\n");
  });

  it("PLATFORM_URL needs PLATFORM_SECRET", () => {
    expect(fails({ PLATFORM_URL: "https://platform.example" })).toContain("PLATFORM_SECRET must be set when PLATFORM_URL is set");
    expect(parseEnv({ ...base, PLATFORM_URL: "https://platform.example", PLATFORM_SECRET: SECRET }).PLATFORM_URL).toBe("https://platform.example");
  });

  it("a lease shorter than the timeout is refused", () => {
    expect(fails({ DELIVERY_TIMEOUT_MS: "1000", DELIVERY_LEASE_MS: "500" })).toContain("DELIVERY_LEASE_MS must be at least DELIVERY_TIMEOUT_MS + 100");
  });
});
