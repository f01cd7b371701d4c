import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import { createTestDatabase, seedTestDatabase, startNextServer, type RunningServer, type TestDatabase } from "../helpers/server";
import { appFetch, createAccount, login, loginAdmin, type Session } from "../helpers/session";
import { startSink, verifySignature, waitFor, type Sink } from "../helpers/sink";
import { CONTACT_DATA, ingest, newCreds, subscribe, TAG_DATA } from "../helpers/zapier";
import { adminEmail } from "../setup/fixtures";

interface Delivery {
  id: string;
  kind: string;
  event: string;
  status: string;
  attempts: number;
  lastStatusCode: number | null;
  lastError: string | null;
}

let admin: Session;
const sinks: Sink[] = [];
async function sink(respond?: Parameters<typeof startSink>[0]) {
  const s = await startSink(respond);
  sinks.push(s);
  return s;
}

beforeAll(async () => {
  admin = await loginAdmin("delivery");
});
afterEach(async () => {
  await Promise.all(sinks.splice(0).map((s) => s.close()));
});

async function deliveries(accountId: string) {
  return ((await (await admin.fetch(`/api/zapier-accounts/${accountId}/deliveries`)).json()) as { deliveries: Delivery[] }).deliveries;
}

describe("delivery", () => {
  it("POSTs the payload to each subscription of the event, signed, with event and delivery headers", async () => {
    const creds = await newCreds(admin, "Deliver signed");
    const s = await sink();
    const hook = await subscribe(creds, "tag.created", s.url("/tag"));
    await subscribe(creds, "contact.created", s.url("/contact"));
    const accepted = await ingest({ serviceId: creds.serviceId, event: "tag.created", data: TAG_DATA });
    expect(accepted.status).toBe(202);
    const { eventId } = (await accepted.json()) as { eventId: string };

    await waitFor(() => s.to("/tag").length === 1, "the tag hook to receive the event");
    const req = s.to("/tag")[0];
    expect(req?.method).toBe("POST");
    expect(req?.headers["content-type"]).toBe("application/json");
    expect(req?.headers["x-cinnox-event"]).toBe("tag.created");
    expect(req?.headers["x-cinnox-delivery"]).toMatch(/\w{10,}/);
    // Standard Webhooks: webhook-id is the delivery id, webhook-timestamp now, webhook-signature over both and the body.
    expect(req?.headers["webhook-id"]).toBe(req?.headers["x-cinnox-delivery"]);
    expect(Math.abs(Number(req?.headers["webhook-timestamp"]) - Date.now() / 1000)).toBeLessThan(60);
    expect(req?.headers["webhook-signature"]).toMatch(/^v1,[A-Za-z0-9+/]{43}=$/);
    expect(req?.headers["x-cinnox-signature"]).toBeUndefined();
    expect(verifySignature(req, hook.signingSecret)).toBe(true);
    expect(verifySignature(req, `whsec_${Buffer.alloc(32, 7).toString("base64")}`)).toBe(false);
    expect(verifySignature(req && { ...req, body: req.body.replace("VIP", "VIP!") }, hook.signingSecret)).toBe(false);
    expect(JSON.parse(req?.body ?? "{}")).toEqual({ ...TAG_DATA, id: "tag-42", eventId, event: "tag.created", occurredAt: expect.any(String) });
    expect(s.to("/contact")).toHaveLength(0);

    await waitFor(async () => (await deliveries(creds.accountId))[0]?.status === "DELIVERED", "the delivery to be recorded");
    expect((await deliveries(creds.accountId))[0]).toMatchObject({ event: "tag.created", status: "DELIVERED", attempts: 1, lastStatusCode: 200 });
  });

  it("fans out only within the service and the event", async () => {
    const fanAdmin = await loginAdmin("fanout");
    const a = await newCreds(fanAdmin, "Fan A");
    const b = await newCreds(fanAdmin, "Fan B");
    const elsewhere = await newCreds(await loginAdmin("delivery-other"), "Fan elsewhere");
    const s = await sink();
    await subscribe(a, "contact.created", s.url("/a"));
    await subscribe(b, "contact.created", s.url("/b"));
    await subscribe(elsewhere, "contact.created", s.url("/elsewhere"));
    await subscribe(a, "contact.updated", s.url("/a-updated"));
    const res = await ingest({ serviceId: a.serviceId, event: "contact.created", data: CONTACT_DATA });
    expect(((await res.json()) as { deliveries: number }).deliveries).toBe(2);
    await waitFor(() => s.to("/a").length === 1 && s.to("/b").length === 1, "both hooks of the service");
    // A control event to another service proves the worker has moved past ours.
    await ingest({ serviceId: elsewhere.serviceId, event: "contact.created", data: CONTACT_DATA });
    await waitFor(() => s.to("/elsewhere").length === 1, "the other service's hook");
    expect(s.to("/a-updated")).toHaveLength(0);
    expect(s.to("/elsewhere")).toHaveLength(1);
  });

  it("retries with backoff: a target that fails twice then succeeds gets it on the third try", async () => {
    const creds = await newCreds(admin, "Deliver retry");
    const s = await sink((_req, i) => (i < 2 ? 503 : 200));
    await subscribe(creds, "enquiry.new", s.url("/flaky"));
    await ingest({
      serviceId: creds.serviceId,
      event: "enquiry.new",
      data: { status: "new", enquiryID: "e1", displayCaseNumber: "C-1", type: "inbound", channel: "web", date: "2026-11-24T08:00:00Z", destination: "Sales", destinationTypes: ["team"] },
    });
    await waitFor(() => s.requests.length === 3, "three attempts");
    const ids = new Set(s.requests.map((r) => r.headers["x-cinnox-delivery"]));
    expect(ids.size).toBe(1); // one delivery, retried
    expect(new Set(s.requests.map((r) => r.headers["webhook-id"]))).toEqual(ids); // webhook-id stable across retries
    const at = s.requests.map((r) => r.at);
    const gaps = [(at[1] ?? 0) - (at[0] ?? 0), (at[2] ?? 0) - (at[1] ?? 0)];
    expect(gaps[0]).toBeGreaterThanOrEqual(90); // base 200 ms, jitter down to half
    expect(gaps[1]).toBeGreaterThanOrEqual(190);
    await waitFor(async () => (await deliveries(creds.accountId))[0]?.status === "DELIVERED", "delivered");
    expect((await deliveries(creds.accountId))[0]).toMatchObject({ status: "DELIVERED", attempts: 3, lastStatusCode: 200 });
  });

  it("410 Gone removes the subscription and is not retried", async () => {
    const creds = await newCreds(admin, "Deliver gone");
    const s = await sink(() => 410);
    const hook = await subscribe(creds, "tag.updated", s.url("/gone"));
    await ingest({ serviceId: creds.serviceId, event: "tag.updated", data: TAG_DATA });
    await waitFor(async () => (await deliveries(creds.accountId))[0]?.status === "FAILED", "the 410 to be recorded");
    const hooks = ((await (await appFetch(creds, "/hooks")).json()) as { hooks: { id: string }[] }).hooks;
    expect(hooks.map((h) => h.id)).not.toContain(hook.id);
    await ingest({ serviceId: creds.serviceId, event: "tag.updated", data: TAG_DATA });
    expect(s.requests).toHaveLength(1);
    expect((await deliveries(creds.accountId))[0]).toMatchObject({ status: "FAILED", attempts: 1, lastStatusCode: 410 });
  });

  it("a target that hangs times out and is retried", async () => {
    const creds = await newCreds(admin, "Deliver hang");
    const s = await sink((_req, i) => (i === 0 ? "hang" : 200));
    await subscribe(creds, "contact.deleted", s.url("/slow"));
    await ingest({ serviceId: creds.serviceId, event: "contact.deleted", data: { status: "deleted", name: "Gone" } });
    await waitFor(() => s.requests.length === 2, "a second attempt after the timeout");
    await waitFor(async () => (await deliveries(creds.accountId))[0]?.status === "DELIVERED", "delivered on retry");
    const attempts = await (await admin.fetch(`/api/zapier-accounts/${creds.accountId}/deliveries`)).json();
    expect(attempts.deliveries[0]).toMatchObject({ attempts: 2, lastStatusCode: 200 });
  });

  it("redirects are not followed, and the configured maximum of tries ends in FAILED; Retry queues one more", async () => {
    const creds = await newCreds(admin, "Deliver redirect");
    let answer = 302;
    const s = await sink(() => answer);
    await subscribe(creds, "sms.status", s.url("/moved"));
    await ingest({
      serviceId: creds.serviceId,
      event: "sms.status",
      data: { transactionId: "t1", recipientNumber: "+85291234567", recipientCountry: "HK", responseCode: 200, status: "delivered", exception: null },
    });
    await waitFor(async () => (await deliveries(creds.accountId))[0]?.status === "FAILED", "all tries to be spent", 40_000);
    const failed = (await deliveries(creds.accountId))[0];
    expect(failed).toMatchObject({ status: "FAILED", attempts: 8, lastStatusCode: 302 });
    expect(failed?.lastError).toContain("not followed");
    expect(s.requests.every((r) => r.path === "/moved")).toBe(true);
    expect(s.requests).toHaveLength(8);

    expect((await admin.fetch(`/api/zapier-accounts/${creds.accountId}/deliveries/${failed?.id}/retry`, { method: "POST" })).status).toBe(202);
    answer = 200;
    await waitFor(async () => (await deliveries(creds.accountId))[0]?.status === "DELIVERED", "the manual retry");
    expect((await admin.fetch(`/api/zapier-accounts/${creds.accountId}/deliveries/${failed?.id}/retry`, { method: "POST" })).status).toBe(409);
  });
});

describe("broken connections stop the flow", () => {
  it("deleting an account sends DELETE to each of its hooks and nothing flows afterwards", async () => {
    const creds = await newCreds(admin, "Delete flow");
    const control = await newCreds(admin, "Delete control");
    const s = await sink();
    await subscribe(creds, "tag.created", s.url("/doomed-1"));
    await subscribe(creds, "tag.deleted", s.url("/doomed-2"));
    await subscribe(control, "tag.created", s.url("/control"));
    expect((await admin.fetch(`/api/zapier-accounts/${creds.accountId}`, { method: "DELETE" })).status).toBe(204);
    await waitFor(() => s.requests.filter((r) => r.method === "DELETE").length === 2, "the DELETE notices");
    expect(s.requests.filter((r) => r.method === "DELETE").map((r) => r.path).sort()).toEqual(["/doomed-1", "/doomed-2"]);
    await ingest({ serviceId: creds.serviceId, event: "tag.created", data: TAG_DATA });
    await waitFor(() => s.to("/control").length === 1, "the control hook");
    expect(s.to("/doomed-1").filter((r) => r.method === "POST")).toHaveLength(0);
  });

  it("regenerating without grace unsubscribes at once; with grace the hooks keep working", async () => {
    const now = await newCreds(await loginAdmin("regen-hooks"), "Regen hooks now");
    const later = await newCreds(await loginAdmin("regen-hooks"), "Regen hooks grace");
    const regenAdmin = await loginAdmin("regen-hooks");
    const s = await sink();
    await subscribe(now, "contact.updated", s.url("/now"));
    await subscribe(later, "contact.updated", s.url("/later"));
    await regenAdmin.fetch(`/api/zapier-accounts/${now.accountId}/regenerate`, { method: "POST", json: { graceSeconds: 0 } });
    await regenAdmin.fetch(`/api/zapier-accounts/${later.accountId}/regenerate`, { method: "POST", json: { graceSeconds: 3600 } });
    await waitFor(() => s.to("/now").some((r) => r.method === "DELETE"), "the DELETE for the regenerated account");
    await ingest({ serviceId: now.serviceId, event: "contact.updated", data: { status: "updated", name: "Chan" } });
    await waitFor(() => s.to("/later").some((r) => r.method === "POST"), "the grace account's hook to keep receiving");
    expect(s.to("/now").filter((r) => r.method === "POST")).toHaveLength(0);
    expect(s.to("/later").filter((r) => r.method === "DELETE")).toHaveLength(0);
  });

  it("a second regeneration with grace drops the oldest token at once: its hooks get DELETE, the other tokens' hooks keep receiving", async () => {
    const regenAdmin = await loginAdmin("regen-hooks");
    const first = await newCreds(regenAdmin, "Regen twice");
    const s = await sink();
    await subscribe(first, "enquiry.closed", s.url("/first"));
    const regenerate = async () =>
      ((await (await regenAdmin.fetch(`/api/zapier-accounts/${first.accountId}/regenerate`, { method: "POST", json: { graceSeconds: 3600 } })).json()) as { appToken: string }).appToken;
    const second = { ...first, appToken: await regenerate() };
    await subscribe(first, "enquiry.closed", s.url("/first-during"));
    await subscribe(second, "enquiry.closed", s.url("/second"));
    const third = { ...first, appToken: await regenerate() };
    await subscribe(third, "enquiry.closed", s.url("/third"));

    expect((await appFetch(first, "/me")).status).toBe(401);
    expect((await appFetch(second, "/me")).status).toBe(200);
    await waitFor(() => s.to("/first").some((r) => r.method === "DELETE") && s.to("/first-during").some((r) => r.method === "DELETE"), "the DELETEs for the first token's hooks");
    await ingest({
      serviceId: first.serviceId,
      event: "enquiry.closed",
      data: { status: "closed", enquiryID: "e9", displayCaseNumber: "C-9", type: "inbound", channel: "web", date: "2026-11-24T08:00:00Z", destination: "Sales", destinationTypes: ["team"] },
    });
    await waitFor(() => s.to("/second").length === 1 && s.to("/third").length === 1, "the event at the live tokens' hooks");
    expect(s.to("/first").map((r) => r.method)).toEqual(["DELETE"]);
    expect(s.to("/first-during").map((r) => r.method)).toEqual(["DELETE"]);
    const hooks = ((await (await appFetch(third, "/hooks")).json()) as { hooks: { targetUrl: string }[] }).hooks;
    expect(hooks.map((h) => h.targetUrl).sort()).toEqual([s.url("/second"), s.url("/third")]);
  });
});

describe("signatures rotate with the token", () => {
  it("regenerating gives a new secret; during the grace period deliveries carry both signatures, afterwards only the new one", async () => {
    const regenAdmin = await loginAdmin("regen-hooks");
    const creds = await newCreds(regenAdmin, "Signing rotation");
    const s = await sink();
    const oldHook = await subscribe(creds, "tag.created", s.url("/old"));
    const regenerate = async (graceSeconds: number) =>
      ((await (await regenAdmin.fetch(`/api/zapier-accounts/${creds.accountId}/regenerate`, { method: "POST", json: { graceSeconds } })).json()) as { appToken: string }).appToken;
    const fresh = { ...creds, appToken: await regenerate(3600) };
    const newHook = await subscribe(fresh, "tag.created", s.url("/new"));
    expect(newHook.signingSecret).not.toBe(oldHook.signingSecret);

    await ingest({ serviceId: creds.serviceId, event: "tag.created", data: TAG_DATA });
    await waitFor(() => s.to("/old").length === 1 && s.to("/new").length === 1, "the event at both hooks during the grace period");
    for (const req of [s.to("/old")[0], s.to("/new")[0]]) {
      expect(String(req?.headers["webhook-signature"]).split(" ")).toHaveLength(2);
      expect(verifySignature(req, oldHook.signingSecret)).toBe(true);
      expect(verifySignature(req, newHook.signingSecret)).toBe(true);
    }

    // Without grace the previous secret stops signing at once (and the old token's hooks are revoked).
    const latest = { ...creds, appToken: await regenerate(0) };
    const latestHook = await subscribe(latest, "tag.created", s.url("/latest"));
    expect(latestHook.signingSecret).not.toBe(newHook.signingSecret);
    await ingest({ serviceId: creds.serviceId, event: "tag.created", data: { ...TAG_DATA, id: "tag-43" } });
    await waitFor(() => s.to("/latest").length === 1, "the event at the latest hook");
    const req = s.to("/latest")[0];
    expect(String(req?.headers["webhook-signature"]).split(" ")).toHaveLength(1);
    expect(verifySignature(req, latestHook.signingSecret)).toBe(true);
    expect(verifySignature(req, newHook.signingSecret)).toBe(false);
    expect(verifySignature(req, oldHook.signingSecret)).toBe(false);
  });
});

describe("a target that hangs holds up nothing else (own server with the product's 10 s timeout)", () => {
  let db: TestDatabase;
  let server: RunningServer;
  beforeAll(async () => {
    db = await createTestDatabase();
    seedTestDatabase(db.databaseUrl);
    server = await startNextServer({ databaseUrl: db.databaseUrl, env: { DELIVERY_TIMEOUT_MS: "10000", DELIVERY_LEASE_MS: "15000" } });
  });
  afterAll(async () => {
    await server?.stop();
    await db?.drop();
  });

  it("while three targets hang, an unrelated delivery still arrives within a couple of seconds", async () => {
    const session = await login(adminEmail("delivery"), inject("password"), server.baseUrl);
    const { account, appToken } = await createAccount(session, "Hang apart");
    const creds = { appId: account.appId, appToken };
    const me = (await (await appFetch(creds, "/me", {}, server.baseUrl)).json()) as { service: { id: string } };
    const s = await sink((req) => (req.path.startsWith("/hang") ? "hang" : 200));
    const hook = async (event: string, path: string) =>
      expect((await appFetch(creds, "/hooks", { method: "POST", json: { event, targetUrl: s.url(path) } }, server.baseUrl)).status).toBe(201);
    for (const path of ["/hang-1", "/hang-2", "/hang-3"]) await hook("tag.created", path);
    await hook("contact.created", "/fast");

    await ingest({ serviceId: me.service.id, event: "tag.created", data: TAG_DATA }, inject("ingestSecret"), server.baseUrl);
    await waitFor(() => s.requests.filter((r) => r.path.startsWith("/hang")).length === 3, "the three hanging targets to be called");
    const published = Date.now();
    await ingest({ serviceId: me.service.id, event: "contact.created", data: CONTACT_DATA }, inject("ingestSecret"), server.baseUrl);
    await waitFor(() => s.to("/fast").length === 1, "the unrelated delivery", 9_000);
    // Before the worker kept a pool of sends, this waited for the hanging batch: the full 10 s timeout.
    expect(Date.now() - published).toBeLessThan(3_000);
  });
});
