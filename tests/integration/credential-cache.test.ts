import crypto from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { startApiServer } from "../helpers/api-server";
import { createTestDatabase, seedTestDatabase, startNextServer, type RunningServer, type TestDatabase } from "../helpers/server";
import { appFetch, createAccount, login, loginAdmin, type Session } from "../helpers/session";
import { adminEmail } from "../setup/fixtures";

// lib/zapier-api/credential-cache.ts: processes keep credential rows in memory; every change
// evicts them (the console's at once in its own process, any change in every process through
// the trigger's NOTIFY).
const onPostgres = inject("databaseKind") === "postgres";
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
type Creds = { appId: string; appToken: string };

async function me(creds: Creds, base?: string) {
  const res = await appFetch(creds, "/me", {}, base);
  return { status: res.status, name: res.status === 200 ? ((await res.json()) as { name: string }).name : null };
}

/** Calls until the process has its LISTEN up and the row in memory (a few calls, a moment apart). */
async function warm(creds: Creds, base?: string) {
  for (let i = 0; i < 5; i++) {
    expect((await me(creds, base)).status).toBe(200);
    await sleep(100);
  }
}

/** Polls until `check` holds; returns how long it took. */
async function within(ms: number, what: string, check: () => Promise<boolean>) {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > ms) throw new Error(`not within ${ms} ms: ${what}`);
    await sleep(10);
  }
  return Date.now() - started;
}

describe("the console's changes reach the Base URL API before the console answers", () => {
  let admin: Session;
  beforeAll(async () => {
    admin = await loginAdmin("requests");
  });

  it("rename, regenerate and delete: the very next call sees them", async () => {
    const { account, appToken } = await createAccount(admin, `Cache ${crypto.randomUUID().slice(0, 8)}`);
    const creds = { appId: account.appId, appToken };
    await warm(creds);

    const renamed = `Renamed ${crypto.randomUUID().slice(0, 8)}`;
    expect((await admin.fetch(`/api/zapier-accounts/${account.id}`, { method: "PATCH", json: { name: renamed } })).status).toBe(200);
    expect(await me(creds)).toEqual({ status: 200, name: renamed });

    const regenerated = await admin.fetch(`/api/zapier-accounts/${account.id}/regenerate`, { method: "POST", json: { graceSeconds: 0 } });
    const fresh = { appId: account.appId, appToken: ((await regenerated.json()) as { appToken: string }).appToken };
    expect((await me(creds)).status).toBe(401);
    await warm(fresh);

    expect((await admin.fetch(`/api/zapier-accounts/${account.id}`, { method: "DELETE" })).status).toBe(204);
    expect((await me(fresh)).status).toBe(401);
  });

  it("a token in its grace period is checked against the database, not memory", async () => {
    const { account, appToken } = await createAccount(admin, `Grace ${crypto.randomUUID().slice(0, 8)}`);
    const old = { appId: account.appId, appToken };
    const regenerated = await admin.fetch(`/api/zapier-accounts/${account.id}/regenerate`, { method: "POST", json: { graceSeconds: 3600 } });
    const fresh = { appId: account.appId, appToken: ((await regenerated.json()) as { appToken: string }).appToken };
    await warm(fresh);
    expect((await me(old)).status).toBe(200);
    // A second regeneration ends the first grace period: the token before it stops at once.
    await admin.fetch(`/api/zapier-accounts/${account.id}/regenerate`, { method: "POST", json: { graceSeconds: 3600 } });
    expect((await me(old)).status).toBe(401);
    expect((await me(fresh)).status).toBe(200);
  });
});

describe.runIf(onPostgres)("every process evicts on the trigger's NOTIFY (PostgreSQL, two `npm run api` instances)", () => {
  let db: TestDatabase;
  let sql: pg.Client;
  const servers: RunningServer[] = [];
  let creds: Creds;
  let accountId: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    seedTestDatabase(db.databaseUrl);
    const console1 = await startNextServer({ databaseUrl: db.databaseUrl, env: { DELIVERY_WORKER: "off" } });
    servers.push(console1);
    const admin = await login(adminEmail("requests"), inject("password"), console1.baseUrl);
    const { account, appToken } = await createAccount(admin, "Shared cache");
    creds = { appId: account.appId, appToken };
    accountId = account.id;
    sql = new pg.Client({ connectionString: db.databaseUrl });
    await sql.connect();
  });
  afterAll(async () => {
    await sql?.end();
    for (const s of servers) await s.stop();
    await db?.drop();
  });

  it("a change made in SQL, outside the console, reaches both instances within a second", async () => {
    const a = await startApiServer({ databaseUrl: db.databaseUrl, env: { DELIVERY_WORKER: "off" } });
    const b = await startApiServer({ databaseUrl: db.databaseUrl, env: { DELIVERY_WORKER: "off" } });
    servers.push(a, b);
    await warm(creds, a.baseUrl);
    await warm(creds, b.baseUrl);

    await sql.query(`UPDATE "ZapierAccount" SET "name" = 'Renamed in SQL' WHERE "id" = $1`, [accountId]);
    for (const s of [a, b]) await within(1000, "the new name", async () => (await me(creds, s.baseUrl)).name === "Renamed in SQL");

    await sql.query(`UPDATE "Service" SET "name" = "name" || ' (renamed)' WHERE "id" = (SELECT "serviceId" FROM "ZapierAccount" WHERE "id" = $1)`, [accountId]);
    for (const s of [a, b]) {
      await within(1000, "the service's new name", async () => {
        const res = await appFetch(creds, "/me", {}, s.baseUrl);
        return ((await res.json()) as { service: { name: string } }).service.name.endsWith(" (renamed)");
      });
    }

    await sql.query(`UPDATE "ZapierAccount" SET "tokenHash" = $2 WHERE "id" = $1`, [accountId, crypto.randomBytes(32).toString("hex")]);
    for (const s of [a, b]) await within(1000, "the old token refused", async () => (await me(creds, s.baseUrl)).status === 401);
  });

  it("the row really is served from memory, for at most CREDENTIALS_CACHE_MS when a NOTIFY is missed", async () => {
    // The account's own token again (the previous test replaced its hash), and a known name.
    await sql.query(`UPDATE "ZapierAccount" SET "tokenHash" = $2, "name" = 'Before' WHERE "id" = $1`, [accountId, crypto.createHash("sha256").update(creds.appToken).digest("hex")]);
    const c = await startApiServer({ databaseUrl: db.databaseUrl, env: { DELIVERY_WORKER: "off", CREDENTIALS_CACHE_MS: "1500" } });
    servers.push(c);
    await warm(creds, c.baseUrl);
    // Without the trigger, nothing tells the process: it answers from memory until the row expires.
    await sql.query(`ALTER TABLE "ZapierAccount" DISABLE TRIGGER "ZapierAccount_credentials_changed"`);
    try {
      await sql.query(`UPDATE "ZapierAccount" SET "name" = 'After' WHERE "id" = $1`, [accountId]);
      expect((await me(creds, c.baseUrl)).name).toBe("Before");
      const waited = await within(3000, "the row expired", async () => (await me(creds, c.baseUrl)).name === "After");
      expect(waited).toBeLessThanOrEqual(2000);
    } finally {
      await sql.query(`ALTER TABLE "ZapierAccount" ENABLE TRIGGER "ZapierAccount_credentials_changed"`);
    }
  });
});
