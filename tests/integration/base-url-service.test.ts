import crypto from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { runServerToExit, startApiServer } from "../helpers/api-server";
import { createTestDatabase, seedTestDatabase, startNextServer, type RunningServer, type TestDatabase } from "../helpers/server";
import { appFetch, createAccount, login, loginAdmin, loginStaff } from "../helpers/session";
import { adminEmail } from "../setup/fixtures";

const onPostgres = inject("databaseKind") === "postgres";
// The Redis runs need a Redis server: CI sets TEST_REDIS_URL (.ci/run starts the machine's).
const redisUrl = process.env.TEST_REDIS_URL;
const raw = (path: string, init?: RequestInit) => fetch(`${inject("baseUrl")}${path}`, init);

/** node:http, because fetch refuses TRACE and normalises paths. */
function rawHttp(method: string, target: string): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  const url = new URL(inject("baseUrl"));
  return new Promise((resolve, reject) => {
    const req = http.request({ host: url.hostname, port: url.port, method, path: target }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (d: string) => (body += d));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

describe("the Base URL service on the console's port", () => {
  it("answers /healthz while the process runs and /readyz once the database is migrated", async () => {
    const health = await raw("/healthz");
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: "ok" });
    expect(health.headers.get("cache-control")).toBe("no-store");
    const ready = await raw("/readyz");
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: "ok" });
    const post = await raw("/healthz", { method: "POST" });
    expect(post.status).toBe(405);
    expect(post.headers.get("allow")).toBe("GET");
  });

  it("answers TRACE, unknown methods, unknown paths and malformed encodings in JSON, with the security headers", async () => {
    for (const [method, p, status] of [
      ["TRACE", "/api/zapier/v1/me", 405],
      ["TRACE", "/login", 405],
      ["PUT", "/api/zapier/v1/me", 405],
      ["GET", "/api/zapier/v1/nope", 404],
      ["GET", "/api/zapier/v1/hooks/", 404],
      ["GET", "/api/zapier/v1/%E0%A4%A", 404],
      ["POST", "/api/internal/nope", 404],
    ] as const) {
      const res = await rawHttp(method, p);
      expect(res.status, `${method} ${p}`).toBe(status);
      const body = JSON.parse(res.body) as { error: { code: string } };
      expect(body.error.code).toBe(status === 404 ? "not_found" : "method_not_allowed");
      expect(res.headers["x-content-type-options"]).toBe("nosniff");
      expect(res.headers["cache-control"]).toBe("no-store");
    }
  });

  it("keeps a request log per account: action, path template, status, duration, never bodies; staff may read it", async () => {
    const admin = await loginAdmin("requests");
    const { account, appToken } = await createAccount(admin, `Log ${crypto.randomUUID().slice(0, 8)}`);
    const creds = { appId: account.appId, appToken };
    expect((await appFetch(creds, "/me")).status).toBe(200);
    expect((await appFetch(creds, "/hooks/nosuchhook", { method: "DELETE" })).status).toBe(404);
    expect((await appFetch({ ...creds, appToken: `${appToken.slice(0, -1)}x` }, "/me")).status).toBe(401);

    let requests: { action: string; method: string; path: string; status: number; durationMs: number; idempotentReplay: boolean; createdAt: string }[] = [];
    for (let i = 0; i < 50 && requests.length < 2; i++) {
      const res = await admin.fetch(`/api/zapier-accounts/${account.id}/requests`);
      expect(res.status).toBe(200);
      requests = ((await res.json()) as { requests: typeof requests }).requests;
      if (requests.length < 2) await new Promise((r) => setTimeout(r, 100));
    }
    expect(requests.map((r) => [r.method, r.path, r.action, r.status])).toEqual([
      ["DELETE", "/api/zapier/v1/hooks/:id", "hooks.unsubscribe", 404],
      ["GET", "/api/zapier/v1/me", "me", 200],
    ]);
    expect(requests[0]?.idempotentReplay).toBe(false);
    expect(Number.isInteger(requests[0]?.durationMs)).toBe(true);

    const filtered = (await (await admin.fetch(`/api/zapier-accounts/${account.id}/requests?status=4xx`)).json()) as { requests: unknown[] };
    expect(filtered.requests).toHaveLength(1);
    const byAction = (await (await admin.fetch(`/api/zapier-accounts/${account.id}/requests?action=me`)).json()) as { requests: unknown[] };
    expect(byAction.requests).toHaveLength(1);
    const staff = await loginStaff("requests");
    expect((await staff.fetch(`/api/zapier-accounts/${account.id}/requests`)).status).toBe(200);
    expect((await admin.fetch(`/api/zapier-accounts/${account.id}/requests?status=abc`)).status).toBe(422);
    const other = await loginAdmin("requests-other");
    expect((await other.fetch(`/api/zapier-accounts/${account.id}/requests`)).status).toBe(404);
  });
});

describe("start-up without a database", () => {
  it("exits non-zero within 10 s naming the cause when the database server cannot be reached", async () => {
    const r = await runServerToExit({ DATABASE_URL: "postgres://postgres@127.0.0.1:1/nothing" });
    expect(r.code).not.toBe(0);
    expect(r.code).not.toBeNull();
    expect(r.ms).toBeLessThan(10_000);
    expect(r.output).toMatch(/cannot start: the database is not available \(.*ECONNREFUSED/);
  });

  it("exits non-zero naming the lock when the embedded database is held by another process", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "zapier-locked-"));
    try {
      fs.writeFileSync(path.join(dir, "pglite.lock"), String(process.pid));
      const r = await runServerToExit({ DATABASE_URL: `file:${path.join(dir, "pglite")}` });
      expect(r.code).toBe(1);
      expect(r.output).toMatch(/cannot start: .*open in another process/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("a second server on a busy port says to set PORT instead of a raw EADDRINUSE dump", async () => {
    const net = await import("node:net");
    const busy = net.createServer();
    await new Promise<void>((resolve) => busy.listen(0, "127.0.0.1", resolve));
    const { port } = busy.address() as import("node:net").AddressInfo;
    try {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), "zapier-busy-"));
      const r = await runServerToExit({ DATABASE_URL: `file:${path.join(dir, "pglite")}` }, ["--api"], 30_000, port);
      fs.rmSync(dir, { recursive: true, force: true });
      expect(r.code).toBe(1);
      expect(r.output).toContain(`cannot start: port ${port} is already in use`);
      expect(r.output).toContain("Set PORT");
      expect(r.output).not.toMatch(/\n\s+at /);
    } finally {
      busy.close();
    }
  });

  it.runIf(onPostgres)("exits non-zero when the database does not exist", async () => {
    const url = new URL(process.env.TEST_DATABASE_URL ?? "");
    url.pathname = "/zapier_no_such_database";
    const r = await runServerToExit({ DATABASE_URL: url.toString() });
    expect(r.code).toBe(1);
    expect(r.output).toMatch(/cannot start: the database is not available \(.*does not exist/);
  });
});

describe.runIf(onPostgres)("`npm run api`: several instances share one database and one set of limits", () => {
  let db: TestDatabase;
  const servers: RunningServer[] = [];
  let creds: { appId: string; appToken: string };

  beforeAll(async () => {
    db = await createTestDatabase();
    seedTestDatabase(db.databaseUrl);
  });
  afterAll(async () => {
    for (const s of servers) await s.stop();
    await db?.drop();
  });

  async function accountOn(baseUrl: string) {
    const admin = await login(adminEmail("requests"), inject("password"), baseUrl);
    const { account, appToken } = await createAccount(admin, `Shared ${crypto.randomUUID().slice(0, 8)}`);
    return { appId: account.appId, appToken };
  }

  async function burst(bases: string[], count: number) {
    const statuses = await Promise.all(
      Array.from({ length: count }, (_, i) => appFetch(creds, "/me", {}, bases[i % bases.length]).then((r) => r.status)),
    );
    return { ok: statuses.filter((s) => s === 200).length, limited: statuses.filter((s) => s === 429).length };
  }

  it("600 calls a minute for one account in total across two instances (limits in PostgreSQL)", async () => {
    const console1 = await startNextServer({ databaseUrl: db.databaseUrl, env: { DELIVERY_WORKER: "off" } });
    servers.push(console1);
    creds = await accountOn(console1.baseUrl);
    const a = await startApiServer({ databaseUrl: db.databaseUrl, env: { DELIVERY_WORKER: "off" } });
    const b = await startApiServer({ databaseUrl: db.databaseUrl, env: { DELIVERY_WORKER: "off" } });
    servers.push(a, b);
    const r = await burst([a.baseUrl, b.baseUrl], 700);
    expect(r).toEqual({ ok: 600, limited: 100 });
  });

  it.runIf(redisUrl)("the same with the limits in Redis, and a Redis that cannot be reached never fails a request", async () => {
    const prefix = `test-${crypto.randomUUID()}`;
    const env = { DELIVERY_WORKER: "off", REDIS_URL: redisUrl ?? "", RATE_LIMIT_KEY_PREFIX: prefix };
    const a = await startApiServer({ databaseUrl: db.databaseUrl, env });
    const b = await startApiServer({ databaseUrl: db.databaseUrl, env });
    servers.push(a, b);
    const r = await burst([a.baseUrl, b.baseUrl], 700);
    expect(r).toEqual({ ok: 600, limited: 100 });

    const down = await startApiServer({ databaseUrl: db.databaseUrl, env: { ...env, REDIS_URL: "redis://127.0.0.1:1", RATE_LIMIT_KEY_PREFIX: `${prefix}-down` } });
    servers.push(down);
    const statuses = await Promise.all(Array.from({ length: 20 }, () => appFetch(creds, "/me", {}, down.baseUrl).then((res) => res.status)));
    expect(statuses.every((s) => s === 200)).toBe(true);
    const logged = fs.readFileSync(down.logPath, "utf8").match(/\[rate-limit\] the redis store failed/g) ?? [];
    expect(logged).toHaveLength(1);
  });

  it("kill -9 of an instance during an ingest burst: every event it acknowledged is stored", async () => {
    const victim = await startApiServer({ databaseUrl: db.databaseUrl, env: { DELIVERY_WORKER: "off" } });
    const other = servers[1];
    if (!other) throw new Error("no API server");
    servers.push(victim);
    const client = new pg.Client({ connectionString: db.databaseUrl });
    await client.connect();
    try {
      const service = (await client.query<{ id: string }>(`SELECT id FROM "Service" WHERE slug = 'requests'`)).rows[0];
      if (!service) throw new Error("no service");
      const acknowledged: string[] = [];
      const publish = async (base: string) => {
        const res = await fetch(`${base}/api/internal/events`, {
          method: "POST",
          headers: { authorization: `Bearer ${inject("ingestSecret")}`, "content-type": "application/json" },
          body: JSON.stringify({ serviceId: service.id, event: "tag.created", data: { status: "created", id: "tag-kill", name: "Kill", colorCode: "#FF8800" } }),
        }).catch(() => null);
        if (res?.status === 202) acknowledged.push(((await res.json()) as { eventId: string }).eventId);
      };
      const burst = Promise.all(Array.from({ length: 300 }, (_, i) => publish(i % 2 ? victim.baseUrl : other.baseUrl)));
      await new Promise((r) => setTimeout(r, 150));
      victim.process.kill("SIGKILL");
      await burst;
      expect(acknowledged.length).toBeGreaterThan(100);
      const stored = await client.query<{ id: string }>(`SELECT id FROM "Event" WHERE id = ANY($1::text[])`, [acknowledged]);
      expect(stored.rows.length).toBe(acknowledged.length);
    } finally {
      await client.end();
    }
  });

  it("/readyz answers 503 naming a migration that is not applied", async () => {
    const api = servers[1];
    if (!api) throw new Error("no API server");
    const client = new pg.Client({ connectionString: db.databaseUrl });
    await client.connect();
    try {
      const { rows } = await client.query<{ id: string; migration_name: string }>(`SELECT id, migration_name FROM "_prisma_migrations" ORDER BY migration_name DESC LIMIT 1`);
      const last = rows[0];
      if (!last) throw new Error("no migrations");
      await client.query(`UPDATE "_prisma_migrations" SET rolled_back_at = now() WHERE id = $1`, [last.id]);
      const res = await fetch(`${api.baseUrl}/readyz`);
      expect(res.status).toBe(503);
      const body = (await res.json()) as { status: string; reason: string };
      expect(body.status).toBe("unavailable");
      expect(body.reason).toContain(last.migration_name);
      await client.query(`UPDATE "_prisma_migrations" SET rolled_back_at = NULL WHERE id = $1`, [last.id]);
      expect((await fetch(`${api.baseUrl}/readyz`)).status).toBe(200);
    } finally {
      await client.end();
    }
  });
});

describe("where the server listens", () => {
  async function listenLine(env: Record<string, string>) {
    const { spawn } = await import("node:child_process");
    const { freePort } = await import("../helpers/server");
    const port = await freePort();
    const child = spawn(process.execPath, [path.resolve(import.meta.dirname, "../../scripts/serve.mjs"), "-p", String(port)], {
      env: { ...process.env, NODE_ENV: "production", HOST: "", ...env },
      cwd: path.resolve(import.meta.dirname, "../.."),
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    try {
      return await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no listening line:\n${out}`)), 60_000);
        const onData = (d: Buffer) => {
          out += d.toString();
          const line = out.split("\n").find((l) => l.includes("listening on"));
          if (!line) return;
          clearTimeout(timer);
          resolve(line);
        };
        child.stdout.on("data", onData);
        child.stderr.on("data", onData);
        child.once("exit", (code) => (clearTimeout(timer), reject(new Error(`exited ${code}:\n${out}`))));
      });
    } finally {
      child.kill("SIGKILL");
    }
  }

  it("only on this machine while the embedded database holds the demo users (published password), unless HOST says otherwise", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "zapier-host-"));
    try {
      const url = `file:${path.join(dir, "pglite")}`;
      expect(await listenLine({ DATABASE_URL: url, SEED_DEMO: "true" })).toContain("listening on 127.0.0.1,");
      expect(await listenLine({ DATABASE_URL: url, HOST: "0.0.0.0" })).toContain("listening on every interface");
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
