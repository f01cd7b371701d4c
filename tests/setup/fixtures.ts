/**
 * The tenants the integration suites use, seeded before the server starts (PGlite allows one
 * process per data directory, so nothing can be seeded into a running embedded server).
 * Each suite takes services of its own so suites never see each other's data; add a slug here
 * when a new suite needs one.
 */
export const TEST_PASSWORD = "test-password-123";

export const TEST_SERVICES = [
  "acme",
  "globex",
  "crud",
  "cap",
  "concurrency",
  "validation",
  "regen",
  "audit",
  "throttle",
  "hooks",
  "hooks-other",
  "delivery",
  "ingest",
  "ingest-bodies",
  "samples",
  "delivery-other",
  "fanout",
  "regen-hooks",
  "zapier-app",
  "bench",
  "requests",
  "requests-other",
  "actions",
  "actions-other",
  "console-page",
  "console-page-other",
  "sessions",
  "hardening",
  "names",
  "fairness",
  "fairness-other",
  "retention",
  "sandbox",
  "sandbox-other",
] as const;
export type TestService = (typeof TEST_SERVICES)[number];

/** The services whose CINNOX workspace is seeded (lib/workspace/embedded/seed.ts): the action suites'. */
export const WORKSPACE_SERVICES: readonly TestService[] = ["actions", "actions-other", "zapier-app", "sandbox", "sandbox-other"];

/** Seeded in the "hardening" service: a 100-byte password, and a user whose hash is still bcrypt. */
export const LONG_PASSWORD = `${"long-password-".repeat(7)}12`;
export const longPasswordEmail = "long@hardening.test";
export const legacyHashEmail = "legacy@hardening.test";

export const adminEmail = (slug: string) => `admin@${slug}.test`;
export const staffEmail = (slug: string) => `staff@${slug}.test`;

/** Fixed secrets so tests can sign ingest calls and check signatures. */
export const TEST_ENV = {
  NEXTAUTH_SECRET: "test-nextauth-secret-0123456789abcdef",
  CREDENTIALS_KEY: "dGVzdC1vbmx5LWNyZWRlbnRpYWxzLWtleS0zMmJ5dGU=",
  EVENTS_INGEST_SECRET: "test-ingest-secret-0123456789abcdef",
  HOOK_TARGET_HOSTS: "http://127.0.0.1,http://localhost,hooks.zapier.com",
  SEED_DEMO: "false",
  // Fast delivery for tests: the product defaults are 10 s timeouts and backoff from 2 s.
  DELIVERY_POLL_MS: "200",
  DELIVERY_BACKOFF_BASE_MS: "200",
  DELIVERY_BACKOFF_MAX_MS: "2000",
  DELIVERY_TIMEOUT_MS: "1500",
  DELIVERY_LEASE_MS: "4000",
  DELIVERY_SWEEP_MS: "500",
} as const;
