import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createTestDatabase, seedTestDatabase, startNextServer, type RunningServer, type TestDatabase } from "../helpers/server";
import { appFetch, createAccount, login, loginAdmin, type Session } from "../helpers/session";
import { newCreds, subscribe, type Creds } from "../helpers/zapier";
import { adminEmail } from "../setup/fixtures";

let admin: Session;
let creds: Creds;

beforeAll(async () => {
  admin = await loginAdmin("hooks");
  creds = await newCreds(admin, "Hooks main");
});

describe("POST /hooks", () => {
  it("subscribes: 201 with exactly id, event, targetUrl, createdAt", async () => {
    const res = await appFetch(creds, "/hooks", { method: "POST", json: { event: "contact.created", targetUrl: "https://hooks.zapier.com/hooks/standard/1/abc/" } });
    expect(res.status).toBe(201);
    const body = (await res.json()) as Record<string, string>;
    expect(body).toEqual({
      id: expect.any(String),
      event: "contact.created",
      targetUrl: "https://hooks.zapier.com/hooks/standard/1/abc/",
      createdAt: expect.any(String),
    });
    expect(res.headers.get("x-ratelimit-limit")).toBe("600");
  });

  it.each([
    ["unknown event", { event: "contact.exploded", targetUrl: "https://hooks.zapier.com/x" }, "event"],
    ["missing event", { targetUrl: "https://hooks.zapier.com/x" }, "event"],
    ["event of the wrong type", { event: 7, targetUrl: "https://hooks.zapier.com/x" }, "event"],
    ["missing target", { event: "tag.created" }, "targetUrl"],
    ["not a URL", { event: "tag.created", targetUrl: "hooks.zapier.com/x" }, "targetUrl"],
    ["ftp target", { event: "tag.created", targetUrl: "ftp://hooks.zapier.com/x" }, "targetUrl"],
    ["javascript target", { event: "tag.created", targetUrl: "javascript:alert(1)" }, "targetUrl"],
    ["host not allowed", { event: "tag.created", targetUrl: "https://evil.example/x" }, "targetUrl"],
    ["private address", { event: "tag.created", targetUrl: "http://10.0.0.1/x" }, "targetUrl"],
    ["metadata address", { event: "tag.created", targetUrl: "http://169.254.169.254/latest/meta-data" }, "targetUrl"],
    ["look-alike host", { event: "tag.created", targetUrl: "https://hooks.zapier.com.evil.example/x" }, "targetUrl"],
    ["credentials in URL", { event: "tag.created", targetUrl: "https://user:pass@hooks.zapier.com/x" }, "targetUrl"],
    // HOOK_TARGET_HOSTS=http://127.0.0.1,http://localhost,hooks.zapier.com (tests/setup/fixtures.ts)
    ["plain http to a host listed by name", { event: "tag.created", targetUrl: "http://hooks.zapier.com/x" }, "targetUrl"],
    ["https to a host listed by name, on another port", { event: "tag.created", targetUrl: "https://hooks.zapier.com:8443/x" }, "targetUrl"],
    ["https to a host listed as http://", { event: "tag.created", targetUrl: "https://127.0.0.1/x" }, "targetUrl"],
    ["plain http to an unlisted host", { event: "tag.created", targetUrl: "http://127.0.0.2:8080/x" }, "targetUrl"],
    ["extra field", { event: "tag.created", targetUrl: "https://hooks.zapier.com/x", secret: "x" }, "secret"],
  ])("%s → 422", async (_name, json, field) => {
    const before = ((await (await appFetch(creds, "/hooks")).json()) as { hooks: unknown[] }).hooks.length;
    const res = await appFetch(creds, "/hooks", { method: "POST", json });
    expect(res.status).toBe(422);
    const body = (await res.json()) as { error: { code: string; field?: string } };
    expect(body.error.code).toBe("invalid_input");
    expect(body.error.field).toBe(field);
    expect(((await (await appFetch(creds, "/hooks")).json()) as { hooks: unknown[] }).hooks.length).toBe(before);
  });

  it("a host listed as http://host takes plain http on any port; one listed by name takes https on 443", async () => {
    for (const targetUrl of ["http://127.0.0.1:1/hook", "http://localhost:65000/hook", "http://127.0.0.1/hook", "https://hooks.zapier.com:443/x", "https://hooks.zapier.com/x"]) {
      const res = await appFetch(creds, "/hooks", { method: "POST", json: { event: "tag.created", targetUrl } });
      expect(res.status, targetUrl).toBe(201);
      expect((await appFetch(creds, `/hooks/${((await res.json()) as { id: string }).id}`, { method: "DELETE" })).status).toBe(204);
    }
  });

  it("at most 100 subscriptions per account: the 101st is 422", async () => {
    const capped = await newCreds(admin, "Hooks capped");
    for (let i = 0; i < 100; i += 20) {
      await Promise.all(Array.from({ length: 20 }, (_, j) => subscribe(capped, "tag.created", `https://hooks.zapier.com/cap/${i + j}`)));
    }
    const res = await appFetch(capped, "/hooks", { method: "POST", json: { event: "tag.created", targetUrl: "https://hooks.zapier.com/cap/101" } });
    expect(res.status).toBe(422);
    expect(((await (await appFetch(capped, "/hooks")).json()) as { hooks: unknown[] }).hooks).toHaveLength(100);
  });
});

describe("GET /signing-secret", () => {
  it("gives each account its own secret, stable across calls, and needs the credentials", async () => {
    const other = await newCreds(admin, "Hooks secret other");
    const get = async (c: Creds) => (await (await appFetch(c, "/signing-secret")).json()) as { signingSecret: string; algorithm: string };
    const mine = await get(creds);
    expect(mine).toEqual({
      signingSecret: expect.stringMatching(/^whsec_[A-Za-z0-9+/]{43}=$/),
      scheme: "standard-webhooks",
      algorithm: "HMAC-SHA256",
      headers: ["webhook-id", "webhook-timestamp", "webhook-signature"],
    });
    expect((await get(creds)).signingSecret).toBe(mine.signingSecret);
    expect((await get(other)).signingSecret).not.toBe(mine.signingSecret);
    expect((await appFetch({ ...creds, appToken: "cnxzap_nope" }, "/signing-secret")).status).toBe(401);
  });

  it("rotates with every token regeneration", async () => {
    const rotating = await newCreds(admin, "Hooks secret rotation");
    const before = ((await (await appFetch(rotating, "/signing-secret")).json()) as { signingSecret: string }).signingSecret;
    const res = await admin.fetch(`/api/zapier-accounts/${rotating.accountId}/regenerate`, { method: "POST", json: {} });
    const { appToken } = (await res.json()) as { appToken: string };
    const after = ((await (await appFetch({ ...rotating, appToken }, "/signing-secret")).json()) as { signingSecret: string }).signingSecret;
    expect(after).toMatch(/^whsec_/);
    expect(after).not.toBe(before);
  });
});

describe("GET and DELETE /hooks", () => {
  it("lists only this account's hooks; another account's or an unknown id is 404; delete is 204", async () => {
    const mine = await subscribe(creds, "enquiry.new", "https://hooks.zapier.com/mine");
    const other = await newCreds(admin, "Hooks other account");
    const theirs = await subscribe(other, "enquiry.new", "https://hooks.zapier.com/theirs");
    const foreignService = await newCreds(await loginAdmin("hooks-other"), "Hooks foreign");
    const foreign = await subscribe(foreignService, "enquiry.new", "https://hooks.zapier.com/foreign");

    const list = (await (await appFetch(creds, "/hooks")).json()) as { hooks: { id: string }[] };
    expect(list.hooks.map((h) => h.id)).toContain(mine.id);
    expect(list.hooks.map((h) => h.id)).not.toContain(theirs.id);
    expect(list.hooks.map((h) => h.id)).not.toContain(foreign.id);

    for (const id of [theirs.id, foreign.id, "c00000000000000000000000", "nope"]) {
      const res = await appFetch(creds, `/hooks/${id}`, { method: "DELETE" });
      expect(res.status, id).toBe(404);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe("not_found");
    }
    expect((await appFetch(other, "/hooks")).status).toBe(200);
    expect(((await (await appFetch(other, "/hooks")).json()) as { hooks: unknown[] }).hooks).toHaveLength(1);

    expect((await appFetch(creds, `/hooks/${mine.id}`, { method: "DELETE" })).status).toBe(204);
    expect((await appFetch(creds, `/hooks/${mine.id}`, { method: "DELETE" })).status).toBe(404);
  });

  it("the console shows an account's hooks to admins in full and to staff with the path masked", async () => {
    const account = await newCreds(admin, "Hooks console view");
    await subscribe(account, "tag.updated", "https://hooks.zapier.com/hooks/standard/123/secret-path/");
    const full = (await (await admin.fetch(`/api/zapier-accounts/${account.accountId}/hooks`)).json()) as { hooks: { targetUrl: string; event: string }[] };
    expect(full.hooks).toEqual([expect.objectContaining({ event: "tag.updated", targetUrl: "https://hooks.zapier.com/hooks/standard/123/secret-path/" })]);
    const staff = await login(adminEmail("hooks").replace("admin@", "staff@"));
    const masked = (await (await staff.fetch(`/api/zapier-accounts/${account.accountId}/hooks`)).json()) as { hooks: { targetUrl: string }[] };
    expect(masked.hooks[0]?.targetUrl).toBe("https://hooks.zapier.com/…");
    const other = await loginAdmin("hooks-other");
    expect((await other.fetch(`/api/zapier-accounts/${account.accountId}/hooks`)).status).toBe(404);
    expect((await other.fetch(`/api/zapier-accounts/${account.accountId}/deliveries`)).status).toBe(404);
  });
});

describe("authentication of every Base URL endpoint", () => {
  it("401 for wrong, regenerated and deleted credentials alike", async () => {
    const target = await newCreds(admin, "Hooks auth");
    const wrong = { ...target, appToken: `${target.appToken.slice(0, -6)}AAAAAA` };
    const calls = [
      (c: typeof target) => appFetch(c, "/me"),
      (c: typeof target) => appFetch(c, "/hooks"),
      (c: typeof target) => appFetch(c, "/hooks", { method: "POST", json: { event: "tag.created", targetUrl: "https://hooks.zapier.com/x" } }),
      (c: typeof target) => appFetch(c, "/hooks/c00000000000000000000000", { method: "DELETE" }),
      (c: typeof target) => appFetch(c, "/samples/tag.created"),
    ];
    for (const call of calls) expect((await call(wrong)).status).toBe(401);
    const regenerated = await admin.fetch(`/api/zapier-accounts/${target.accountId}/regenerate`, { method: "POST", json: {} });
    const { appToken } = (await regenerated.json()) as { appToken: string };
    for (const call of calls) expect((await call(target)).status).toBe(401);
    const fresh = { ...target, appToken };
    expect((await calls[1]?.(fresh))?.status).toBe(200);
    await admin.fetch(`/api/zapier-accounts/${target.accountId}`, { method: "DELETE" });
    for (const call of calls) {
      const res = await call(fresh);
      expect(res.status).toBe(401);
      expect(await res.json()).toEqual({ error: { code: "invalid_credentials", message: expect.any(String) } });
    }
  });
});

describe("rate limits (own server with small limits)", () => {
  let db: TestDatabase;
  let server: RunningServer;
  beforeAll(async () => {
    db = await createTestDatabase();
    seedTestDatabase(db.databaseUrl);
    server = await startNextServer({ databaseUrl: db.databaseUrl, env: { ZAPIER_API_RATE_LIMIT: "20", ZAPIER_AUTH_FAILURE_LIMIT: "5", DELIVERY_WORKER: "off" } });
  });
  afterAll(async () => {
    await server?.stop();
    await db?.drop();
  });

  it("per account: 429 with an integer Retry-After and X-RateLimit headers; other accounts unaffected", async () => {
    const session = await login(adminEmail("hooks"), inject("password"), server.baseUrl);
    const make = async (name: string) => {
      const { account, appToken } = await createAccount(session, name);
      return { appId: account.appId, appToken };
    };
    const a = await make("Limited");
    const b = await make("Unaffected");
    const statuses: number[] = [];
    for (let i = 0; i < 20; i++) {
      const res = await appFetch(a, "/me", {}, server.baseUrl);
      statuses.push(res.status);
      expect(res.headers.get("x-ratelimit-remaining")).toBe(String(19 - i));
    }
    expect(statuses.every((s) => s === 200)).toBe(true);
    const limited = await appFetch(a, "/me", {}, server.baseUrl);
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).toMatch(/^[1-9][0-9]*$/);
    expect(Number(limited.headers.get("retry-after"))).toBeLessThanOrEqual(60);
    expect(limited.headers.get("x-ratelimit-limit")).toBe("20");
    expect(limited.headers.get("x-ratelimit-remaining")).toBe("0");
    expect(Number(limited.headers.get("x-ratelimit-reset"))).toBeGreaterThan(Date.now() / 1000);
    expect(((await limited.json()) as { error: { code: string } }).error.code).toBe("rate_limited");
    expect((await appFetch(b, "/me", {}, server.baseUrl)).status).toBe(200);
  });

  it("repeated authentication failures from one address are throttled, whether or not the App ID exists", async () => {
    const session = await login(adminEmail("hooks-other"), inject("password"), server.baseUrl);
    const { account } = await createAccount(session, "Target");
    const bad = (appId: string) => appFetch({ appId, appToken: "cnxzap_wrong" }, "/me", {}, server.baseUrl);
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await bad(i % 2 ? account.appId : "app_unknown")).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401]);
    const known = await bad(account.appId);
    const unknown = await bad("app_unknown");
    expect(known.status).toBe(429);
    expect(unknown.status).toBe(429);
    expect(known.headers.get("retry-after")).toMatch(/^[1-9][0-9]*$/);
    expect(await known.json()).toEqual(await unknown.json());
  });

  it("an address past its failure limit still passes valid credentials (Zaps share Zapier's addresses); only failures get 429", async () => {
    const session = await login(adminEmail("hooks-other"), inject("password"), server.baseUrl);
    const { account, appToken } = await createAccount(session, "Shared address");
    const bad = () => appFetch({ appId: account.appId, appToken: `${appToken.slice(0, -6)}AAAAAA` }, "/me", {}, server.baseUrl);
    for (let i = 0; i < 6; i++) await bad();
    expect((await bad()).status).toBe(429);
    const good = await appFetch({ appId: account.appId, appToken }, "/me", {}, server.baseUrl);
    expect(good.status).toBe(200);
    expect(good.headers.get("x-ratelimit-limit")).toBe("20"); // the account's limit, not the address's
    expect((await appFetch({ appId: account.appId, appToken }, "/hooks", {}, server.baseUrl)).status).toBe(200);
    expect((await bad()).status).toBe(429);
  });
});
