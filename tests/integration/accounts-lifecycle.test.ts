import fs from "node:fs";
import pg from "pg";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { appFetch, createAccount, loginAdmin, type Session } from "../helpers/session";

let admin: Session;
const issuedTokens: string[] = [];

beforeAll(async () => {
  admin = await loginAdmin("regen");
});

async function regenerate(id: string, json?: unknown) {
  const res = await admin.fetch(`/api/zapier-accounts/${id}/regenerate`, { method: "POST", json });
  expect(res.status).toBe(200);
  const body = (await res.json()) as { account: { tokenPreview: string; tokenRegeneratedAt: string; previousTokenExpiresAt: string | null }; appToken: string };
  issuedTokens.push(body.appToken);
  return body;
}

describe("create", () => {
  it("answers 201 with the account and a token that authenticates at once", async () => {
    const res = await admin.fetch("/api/zapier-accounts", { method: "POST", json: { name: "Lifecycle" } });
    expect(res.status).toBe(201);
    const { account, appToken } = (await res.json()) as { account: Record<string, unknown>; appToken: string };
    issuedTokens.push(appToken);
    expect(Object.keys(account).sort()).toEqual(
      ["appId", "baseUrl", "createdAt", "id", "lastUsedAt", "name", "previousTokenExpiresAt", "tokenPreview", "tokenRegeneratedAt", "updatedAt"].sort(),
    );
    expect(account.baseUrl).toBe(`${inject("baseUrl")}/api/zapier/v1`);
    expect(appToken).toMatch(/^cnxzap_[0-9A-Za-z]{49}$/);
    const me = await appFetch({ appId: account.appId as string, appToken }, "/me");
    expect(me.status).toBe(200);
  });

  it("lists accounts oldest first with the limit", async () => {
    const a = await createAccount(admin, "Order A");
    const b = await createAccount(admin, "Order B");
    issuedTokens.push(a.appToken, b.appToken);
    const list = (await (await admin.fetch("/api/zapier-accounts")).json()) as { accounts: { id: string; createdAt: string }[]; limit: number };
    expect(list.limit).toBe(10);
    const ids = list.accounts.map((x) => x.id);
    expect(ids.indexOf(a.account.id)).toBeLessThan(ids.indexOf(b.account.id));
    const times = list.accounts.map((x) => x.createdAt);
    expect([...times].sort()).toEqual(times);
    for (const x of [a, b]) await admin.fetch(`/api/zapier-accounts/${x.account.id}`, { method: "DELETE" });
  });
});

describe("regenerate", () => {
  it("without grace: the new token works and the old one answers 401 at once", async () => {
    const { account, appToken: oldToken } = await createAccount(admin, "Regen now");
    issuedTokens.push(oldToken);
    const fresh = await regenerate(account.id);
    expect(fresh.appToken).not.toBe(oldToken);
    expect(fresh.account.tokenPreview).toBe(`cnxzap_${fresh.appToken.slice(-4)}`);
    expect(fresh.account.previousTokenExpiresAt).toBeNull();
    expect(fresh.account.tokenRegeneratedAt).not.toBeNull();
    expect((await appFetch({ appId: account.appId, appToken: oldToken }, "/me")).status).toBe(401);
    expect((await appFetch({ appId: account.appId, appToken: fresh.appToken }, "/me")).status).toBe(200);
  });

  it("an empty body means no grace", async () => {
    const { account, appToken: oldToken } = await createAccount(admin, "Regen empty body");
    const res = await admin.fetch(`/api/zapier-accounts/${account.id}/regenerate`, { method: "POST" });
    expect(res.status).toBe(200);
    expect((await appFetch({ appId: account.appId, appToken: oldToken }, "/me")).status).toBe(401);
  });

  it("with grace: the old token keeps working until previousTokenExpiresAt", async () => {
    const { account, appToken: oldToken } = await createAccount(admin, "Regen grace");
    issuedTokens.push(oldToken);
    const before = Date.now();
    const fresh = await regenerate(account.id, { graceSeconds: 3600 });
    const expires = Date.parse(fresh.account.previousTokenExpiresAt ?? "");
    expect(expires).toBeGreaterThanOrEqual(before + 3600_000 - 5000);
    expect(expires).toBeLessThanOrEqual(Date.now() + 3600_000 + 5000);
    expect((await appFetch({ appId: account.appId, appToken: oldToken }, "/me")).status).toBe(200);
    expect((await appFetch({ appId: account.appId, appToken: fresh.appToken }, "/me")).status).toBe(200);
  });

  it("only one previous token is kept: a second regeneration retires the first token for good", async () => {
    const { account, appToken: first } = await createAccount(admin, "Regen twice");
    issuedTokens.push(first);
    const second = await regenerate(account.id, { graceSeconds: 86400 });
    const third = await regenerate(account.id, { graceSeconds: 86400 });
    expect((await appFetch({ appId: account.appId, appToken: first }, "/me")).status).toBe(401);
    expect((await appFetch({ appId: account.appId, appToken: second.appToken }, "/me")).status).toBe(200);
    expect((await appFetch({ appId: account.appId, appToken: third.appToken }, "/me")).status).toBe(200);
    // Regenerating without grace ends the previous token's grace at once.
    const fourth = await regenerate(account.id, { graceSeconds: 0 });
    expect((await appFetch({ appId: account.appId, appToken: third.appToken }, "/me")).status).toBe(401);
    expect((await appFetch({ appId: account.appId, appToken: fourth.appToken }, "/me")).status).toBe(200);
  });

  it("reveal returns the current token, and only that", async () => {
    const { account } = await createAccount(admin, "Reveal me");
    const fresh = await regenerate(account.id);
    const res = await admin.fetch(`/api/zapier-accounts/${account.id}/reveal`, { method: "POST" });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ appToken: fresh.appToken });
  });
});

describe("delete", () => {
  it("removes the account and its credentials for good; its token answers 401; the audit history stays", async () => {
    const { account, appToken } = await createAccount(admin, "Delete me");
    issuedTokens.push(appToken);
    expect((await appFetch({ appId: account.appId, appToken }, "/me")).status).toBe(200);
    const res = await admin.fetch(`/api/zapier-accounts/${account.id}`, { method: "DELETE" });
    expect(res.status).toBe(204);
    expect(await res.text()).toBe("");
    expect((await admin.fetch(`/api/zapier-accounts/${account.id}`)).status).toBe(404);
    expect((await admin.fetch(`/api/zapier-accounts/${account.id}`, { method: "DELETE" })).status).toBe(404);
    expect((await appFetch({ appId: account.appId, appToken }, "/me")).status).toBe(401);
    const audit = (await (await admin.fetch("/api/zapier-accounts/audit-events?limit=100")).json()) as {
      events: { action: string; accountId: string; accountName: string }[];
    };
    const mine = audit.events.filter((e) => e.accountId === account.id).map((e) => e.action);
    expect(mine).toEqual(["account.deleted", "account.created"]);
  });

  it("the name of a deleted account can be used again", async () => {
    const { account } = await createAccount(admin, "Reuse me");
    await admin.fetch(`/api/zapier-accounts/${account.id}`, { method: "DELETE" });
    const again = await createAccount(admin, "reuse ME");
    expect(again.account.id).not.toBe(account.id);
  });
});

describe("lastUsedAt", () => {
  it("is set after the first authenticated call, off the response's path, and not rewritten within the minute", async () => {
    const { account, appToken } = await createAccount(admin, "Last used");
    expect((await appFetch({ appId: account.appId, appToken }, "/me")).status).toBe(200);
    let lastUsedAt: string | null = null;
    const deadline = Date.now() + 10_000;
    while (!lastUsedAt && Date.now() < deadline) {
      const body = (await (await admin.fetch(`/api/zapier-accounts/${account.id}`)).json()) as { account: { lastUsedAt: string | null } };
      lastUsedAt = body.account.lastUsedAt;
      if (!lastUsedAt) await new Promise((r) => setTimeout(r, 100));
    }
    expect(lastUsedAt).not.toBeNull();
    await appFetch({ appId: account.appId, appToken }, "/me");
    const body = (await (await admin.fetch(`/api/zapier-accounts/${account.id}`)).json()) as { account: { lastUsedAt: string | null } };
    expect(body.account.lastUsedAt).toBe(lastUsedAt);
  });
});

describe("secrets at rest and in logs", () => {
  it("no issued token appears in the server's output", () => {
    expect(issuedTokens.length).toBeGreaterThan(5);
    const log = fs.readFileSync(inject("serverLogPath"), "utf8");
    for (const token of issuedTokens) expect(log).not.toContain(token);
  });

  it.runIf(inject("databaseKind") === "postgres")("no issued token appears in plaintext anywhere in the database", async () => {
    const client = new pg.Client({ connectionString: inject("databaseUrl") });
    await client.connect();
    try {
      const tables = await client.query<{ table_name: string }>(
        `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`,
      );
      let dump = "";
      for (const { table_name } of tables.rows) {
        const rows = await client.query(`SELECT * FROM "${table_name}"`);
        dump += JSON.stringify(rows.rows);
      }
      expect(dump).toMatch(/"cnxzap_[0-9A-Za-z]{4}"/); // previews (prefix + last four) are stored…
      for (const token of issuedTokens) {
        expect(dump).not.toContain(token); // …tokens are not
        expect(dump).not.toContain(token.slice(7, 40));
      }
    } finally {
      await client.end();
    }
  });
});
