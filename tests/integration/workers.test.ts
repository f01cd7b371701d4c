import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import pg from "pg";
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import { createTestDatabase, seedTestDatabase, startNextServer, type RunningServer, type TestDatabase } from "../helpers/server";
import { appFetch, login, loginAdmin } from "../helpers/session";
import { startSink, waitFor, type Sink } from "../helpers/sink";
import { ingest, newCreds, subscribe, TAG_DATA } from "../helpers/zapier";
import { adminEmail, TEST_ENV } from "../setup/fixtures";

/**
 * Several processes share one PostgreSQL database: an embedded database can be opened by one
 * process only, so these run in the PostgreSQL pass of the suite (CI always runs it).
 */
const onPostgres = inject("databaseKind") === "postgres";
const root = path.resolve(import.meta.dirname, "../..");
const delay = (ms: number) => new Promise<number>((resolve) => setTimeout(() => resolve(200), ms));

describe.runIf(onPostgres)("standalone workers (`npm run worker`) on PostgreSQL", () => {
  let db: TestDatabase;
  let server: RunningServer;
  const workers: ChildProcess[] = [];
  let sink: Sink | undefined;

  async function startWorker(env: Record<string, string> = {}) {
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/worker.ts"], {
      cwd: root,
      env: { ...process.env, ...TEST_ENV, DATABASE_URL: db.databaseUrl, DELIVERY_CONCURRENCY: "5", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    workers.push(child);
    await new Promise<void>((resolve, reject) => {
      let out = "";
      child.stdout?.on("data", (d: Buffer) => {
        out += d.toString();
        if (out.includes("started")) resolve();
      });
      child.stderr?.on("data", (d: Buffer) => (out += d.toString()));
      child.once("exit", (code) => reject(new Error(`worker exited ${code}: ${out}`)));
    });
    return child;
  }

  beforeAll(async () => {
    db = await createTestDatabase();
    seedTestDatabase(db.databaseUrl);
    server = await startNextServer({ databaseUrl: db.databaseUrl, env: { DELIVERY_WORKER: "off" } });
  });
  afterEach(async () => {
    for (const w of workers.splice(0)) w.kill("SIGKILL");
    await sink?.close();
  });
  afterAll(async () => {
    await server?.stop();
    await db?.drop();
  });

  async function setup(name: string, respond: Parameters<typeof startSink>[0]) {
    const admin = await login(adminEmail("delivery"), inject("password"), server.baseUrl);
    const res = await admin.fetch("/api/zapier-accounts", { method: "POST", json: { name } });
    const { account, appToken } = (await res.json()) as { account: { id: string; appId: string }; appToken: string };
    const me = (await (await appFetch({ appId: account.appId, appToken }, "/me", {}, server.baseUrl)).json()) as { service: { id: string } };
    sink = await startSink(respond);
    const hook = await appFetch({ appId: account.appId, appToken }, "/hooks", { method: "POST", json: { event: "tag.created", targetUrl: sink.url("/w") } }, server.baseUrl);
    expect(hook.status).toBe(201);
    const publish = async (n: number) => {
      for (let i = 0; i < n; i++) {
        const r = await ingest({ serviceId: me.service.id, event: "tag.created", data: { ...TAG_DATA, id: `tag-${i}` } }, inject("ingestSecret"), server.baseUrl);
        expect(r.status).toBe(202);
      }
    };
    return { admin, accountId: account.id, publish, sink };
  }

  it("the web server with DELIVERY_WORKER=off delivers nothing by itself; a worker process picks the outbox up", async () => {
    const { publish, sink } = await setup("Outbox", () => 200);
    await publish(3);
    const w = await startWorker();
    await waitFor(() => sink.requests.length === 3, "the worker to deliver the stored events");
    expect(w.exitCode).toBeNull();
  });

  it("an event ingested through the server wakes a standalone worker at once (LISTEN/NOTIFY), long before its 30 s poll", async () => {
    const { publish, sink } = await setup("Woken worker", () => 200);
    await startWorker({ DELIVERY_POLL_MS: "30000" });
    // Its LISTEN connection is up once a first event gets through; from then on each one is timed.
    await publish(1);
    await waitFor(() => sink.requests.length === 1, "the first delivery", 10_000);
    for (let i = 2; i <= 3; i++) {
      const published = Date.now();
      await publish(1);
      await waitFor(() => sink.requests.length === i, `delivery ${i}`, 10_000);
      expect((sink.requests[i - 1]?.at ?? Infinity) - published).toBeLessThan(1_000);
    }
  });

  it("two workers at once never deliver the same attempt twice", async () => {
    const { publish, sink, admin, accountId } = await setup("Two workers", () => delay(30));
    await Promise.all([startWorker(), startWorker()]);
    await publish(40);
    await waitFor(() => new Set(sink.requests.map((r) => r.headers["x-cinnox-delivery"])).size === 40, "40 distinct deliveries", 60_000);
    await waitFor(async () => {
      const body = (await (await admin.fetch(`/api/zapier-accounts/${accountId}/deliveries`)).json()) as { deliveries: { status: string }[] };
      return body.deliveries.length === 40 && body.deliveries.every((d) => d.status === "DELIVERED");
    }, "every delivery to be settled");
    expect(sink.requests).toHaveLength(40);
  });

  it("a worker killed mid-batch loses nothing: a restarted worker delivers the rest (receivers deduplicate by delivery id)", async () => {
    const { publish, sink, admin, accountId } = await setup("Killed worker", () => delay(150));
    await publish(30);
    const first = await startWorker();
    await waitFor(() => sink.requests.length >= 6, "the first worker to be mid-way", 30_000);
    first.kill("SIGKILL");
    const seenBeforeKill = sink.requests.length;
    expect(seenBeforeKill).toBeLessThan(30);
    await startWorker();
    const unique = () => new Set(sink.requests.map((r) => r.headers["x-cinnox-delivery"])).size;
    await waitFor(() => unique() === 30, "all 30 distinct deliveries after the restart", 60_000);
    await waitFor(async () => {
      const body = (await (await admin.fetch(`/api/zapier-accounts/${accountId}/deliveries`)).json()) as { deliveries: { status: string }[] };
      return body.deliveries.length === 30 && body.deliveries.every((d) => d.status === "DELIVERED");
    }, "every delivery to be settled");
    // At most the sends the killed worker had in flight (its 5 slots) were sent twice.
    expect(sink.requests.length - 30).toBeLessThanOrEqual(5);
  });
});

describe.runIf(onPostgres)("grace period end (PostgreSQL: the test moves the clock by editing the row)", () => {
  it("revokes every hook made with the old token, before or during the grace period; keeps those made with the new one; the old token answers 401", async () => {
    const admin = await loginAdmin("regen-hooks");
    const creds = await newCreds(admin, "Grace end");
    const control = await newCreds(admin, "Grace end control");
    const sink = await startSink();
    try {
      await subscribe(creds, "tag.created", sink.url("/a-old-before"));
      const res = await admin.fetch(`/api/zapier-accounts/${creds.accountId}/regenerate`, { method: "POST", json: { graceSeconds: 3600 } });
      const { appToken } = (await res.json()) as { appToken: string };
      const fresh = { ...creds, appToken };
      // During the grace period both tokens work, and both can subscribe.
      await subscribe(creds, "tag.created", sink.url("/b-old-during"));
      await subscribe(fresh, "tag.created", sink.url("/c-new"));
      await subscribe(control, "tag.created", sink.url("/control"));
      expect((await appFetch(creds, "/me")).status).toBe(200);
      await ingest({ serviceId: creds.serviceId, event: "tag.created", data: TAG_DATA });
      await waitFor(() => ["/a-old-before", "/b-old-during", "/c-new", "/control"].every((p) => sink.to(p).length === 1), "the event at all four hooks during the grace period");

      const client = new pg.Client({ connectionString: inject("databaseUrl") });
      await client.connect();
      await client.query(`UPDATE "ZapierAccount" SET "previousTokenExpiresAt" = (now() AT TIME ZONE 'UTC') - interval '1 second' WHERE "id" = $1`, [creds.accountId]);
      await client.end();

      expect((await appFetch(creds, "/me")).status).toBe(401);
      await waitFor(
        () => sink.to("/a-old-before").some((r) => r.method === "DELETE") && sink.to("/b-old-during").some((r) => r.method === "DELETE"),
        "the DELETEs for both hooks of the old token",
      );
      const hooks = ((await (await appFetch(fresh, "/hooks")).json()) as { hooks: { targetUrl: string }[] }).hooks;
      expect(hooks.map((h) => h.targetUrl)).toEqual([sink.url("/c-new")]);

      await ingest({ serviceId: creds.serviceId, event: "tag.created", data: { ...TAG_DATA, id: "tag-after" } });
      await waitFor(() => sink.to("/c-new").length === 2 && sink.to("/control").length === 2, "the event after the grace period at the new token's hook");
      for (const path of ["/a-old-before", "/b-old-during"]) {
        expect(sink.to(path).map((r) => r.method), path).toEqual(["POST", "DELETE"]);
      }
      expect(sink.to("/c-new").map((r) => r.method)).toEqual(["POST", "POST"]);
    } finally {
      await sink.close();
    }
  });
});

describe.runIf(onPostgres)("delivery attempts record their outcome (PostgreSQL: the test reads the table)", () => {
  it("RETRY, then DELIVERED; GONE for a 410; FAILED when no try is left", async () => {
    const admin = await loginAdmin("delivery");
    const creds = await newCreds(admin, "Attempt outcomes");
    let flaky = 0;
    const sink = await startSink((req) => (req.path === "/gone" ? 410 : ++flaky <= 2 ? 503 : 200));
    const client = new pg.Client({ connectionString: inject("databaseUrl") });
    await client.connect();
    try {
      await subscribe(creds, "contact.merged", sink.url("/flaky"));
      await subscribe(creds, "contact.merged", sink.url("/gone"));
      const refused = await subscribe(creds, "contact.merged", sink.url("/refused"));
      // A host the server no longer allows: refused at send time, with no retry.
      await client.query(`UPDATE "HookSubscription" SET "targetUrl" = 'http://not-allowed.example/x' WHERE "id" = $1`, [refused.id]);
      await ingest({ serviceId: creds.serviceId, event: "contact.merged", data: { status: "merged", name: "Chan" } });

      const attempts = async () =>
        (
          await client.query<{ targetUrl: string; number: number; outcome: string; statusCode: number | null }>(
            `SELECT d."targetUrl", a."number", a."outcome"::text AS "outcome", a."statusCode"
             FROM "DeliveryAttempt" a JOIN "Delivery" d ON d."id" = a."deliveryId"
             WHERE d."accountId" = $1 ORDER BY d."targetUrl", a."number"`,
            [creds.accountId],
          )
        ).rows;
      await waitFor(async () => (await attempts()).length === 5, "five attempts");
      expect((await attempts()).map((a) => [a.targetUrl.replace(/^http:\/\/127\.0\.0\.1:\d+/, ""), a.number, a.outcome, a.statusCode])).toEqual([
        ["/flaky", 1, "RETRY", 503],
        ["/flaky", 2, "RETRY", 503],
        ["/flaky", 3, "DELIVERED", 200],
        ["/gone", 1, "GONE", 410],
        ["http://not-allowed.example/x", 1, "FAILED", null],
      ]);
    } finally {
      await client.end();
      await sink.close();
    }
  });
});
