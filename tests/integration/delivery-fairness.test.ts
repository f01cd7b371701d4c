import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import { createTestDatabase, seedTestDatabase, startNextServer, type RunningServer, type TestDatabase } from "../helpers/server";
import { appFetch, createAccount, login } from "../helpers/session";
import { startSink, waitFor, type Sink } from "../helpers/sink";
import { CONTACT_DATA, ingest, TAG_DATA } from "../helpers/zapier";
import { adminEmail } from "../setup/fixtures";

const sinks: Sink[] = [];
afterEach(async () => {
  await Promise.all(sinks.splice(0).map((s) => s.close()));
});

async function ownServer(env: Record<string, string>) {
  const db = await createTestDatabase();
  seedTestDatabase(db.databaseUrl);
  const server = await startNextServer({ databaseUrl: db.databaseUrl, env });
  return { db, server };
}

async function account(server: RunningServer, slug: string, name: string) {
  const session = await login(adminEmail(slug), inject("password"), server.baseUrl);
  const { account, appToken } = await createAccount(session, name);
  const creds = { appId: account.appId, appToken };
  const me = (await (await appFetch(creds, "/me", {}, server.baseUrl)).json()) as { service: { id: string } };
  const hook = async (event: string, targetUrl: string) =>
    expect((await appFetch(creds, "/hooks", { method: "POST", json: { event, targetUrl } }, server.baseUrl)).status).toBe(201);
  const publish = async (event: string, data: unknown) =>
    expect((await ingest({ serviceId: me.service.id, event, data }, inject("ingestSecret"), server.baseUrl)).status).toBe(202);
  return { session, accountId: account.id, hook, publish };
}

describe("fairness and wake-up (own server: the product's 10 s timeout, 20 slots, a 30 s poll)", () => {
  let db: TestDatabase;
  let server: RunningServer;
  beforeAll(async () => {
    ({ db, server } = await ownServer({ DELIVERY_TIMEOUT_MS: "10000", DELIVERY_LEASE_MS: "15000", DELIVERY_POLL_MS: "30000", DELIVERY_CONCURRENCY: "20" }));
  });
  afterAll(async () => {
    await server?.stop();
    await db?.drop();
  });

  it("an ingested event wakes the worker at once, not at its next poll", async () => {
    const s = await startSink();
    sinks.push(s);
    const a = await account(server, "fairness-other", "Woken");
    await a.hook("tag.updated", s.url("/woken"));
    const published = Date.now();
    await a.publish("tag.updated", { ...TAG_DATA, status: "updated" });
    await waitFor(() => s.to("/woken").length === 1, "the delivery", 10_000);
    expect((s.to("/woken")[0]?.at ?? Infinity) - published).toBeLessThan(1_000);
  });

  it("25 hanging targets of one service hold at most their share of the slots: another service's delivery arrives within 2 s", async () => {
    const s = await startSink((req) => (req.path.startsWith("/hang") ? "hang" : 200));
    sinks.push(s);
    const busy = await account(server, "fairness", "Hanging service");
    const other = await account(server, "fairness-other", "Other service");
    for (let i = 0; i < 25; i++) await busy.hook("tag.created", s.url(`/hang-${i}`));
    await other.hook("contact.created", s.url("/other"));

    await busy.publish("tag.created", TAG_DATA);
    // The service's share of the 20 slots: 10 sends hang, the other 15 deliveries wait their turn.
    await waitFor(() => s.requests.filter((r) => r.path.startsWith("/hang")).length === 10, "the hanging service to fill its share");
    const published = Date.now();
    await other.publish("contact.created", CONTACT_DATA);
    await waitFor(() => s.to("/other").length === 1, "the other service's delivery", 9_000);
    // Before the per-service share, all 20 slots hung for the 10 s timeout first.
    expect((s.to("/other")[0]?.at ?? Infinity) - published).toBeLessThan(2_000);
    expect(s.requests.filter((r) => r.path.startsWith("/hang")).length).toBe(10);
  });
});

describe("retention (own server: DELIVERY_RETENTION_DAYS of 3 seconds)", () => {
  let db: TestDatabase;
  let server: RunningServer;
  beforeAll(async () => {
    ({ db, server } = await ownServer({
      DELIVERY_RETENTION_DAYS: String(3 / 86_400),
      DELIVERY_SWEEP_MS: "300",
      // A failed attempt waits a minute for the next: that delivery stays PENDING throughout.
      DELIVERY_BACKOFF_BASE_MS: "120000",
      DELIVERY_BACKOFF_MAX_MS: "120000",
    }));
  });
  afterAll(async () => {
    await server?.stop();
    await db?.drop();
  });

  it("deletes settled deliveries and their events once old enough; never a PENDING delivery or the event it carries", async () => {
    const s = await startSink((req) => (req.path === "/failing" ? 503 : 200));
    sinks.push(s);
    const a = await account(server, "retention", "Retention");
    await a.hook("tag.created", s.url("/ok"));
    await a.hook("contact.created", s.url("/failing"));
    await a.publish("tag.created", TAG_DATA);
    await a.publish("contact.created", CONTACT_DATA);
    const deliveries = async () =>
      ((await (await a.session.fetch(`/api/zapier-accounts/${a.accountId}/deliveries`)).json()) as { deliveries: { event: string; status: string }[] }).deliveries;
    await waitFor(async () => (await deliveries()).some((d) => d.event === "tag.created" && d.status === "DELIVERED"), "the first delivery");
    await waitFor(() => s.to("/failing").length === 1, "the failing target's first attempt");

    await waitFor(async () => !(await deliveries()).some((d) => d.event === "tag.created"), "the delivered one to be deleted", 20_000);
    expect((await deliveries()).map((d) => [d.event, d.status])).toEqual([["contact.created", "PENDING"]]);
    // A later event goes the same way, over more sweeps, while the pending delivery (older) stays.
    await a.publish("tag.created", { ...TAG_DATA, id: "tag-later" });
    await waitFor(async () => (await deliveries()).some((d) => d.event === "tag.created" && d.status === "DELIVERED"), "the later delivery");
    await waitFor(async () => !(await deliveries()).some((d) => d.event === "tag.created"), "the later delivery to be deleted", 20_000);
    expect((await deliveries()).map((d) => [d.event, d.status])).toEqual([["contact.created", "PENDING"]]);
  });
});
