import { beforeAll, describe, expect, it } from "vitest";
import { anonymous, appFetch, createAccount, loginAdmin, loginStaff, type Session } from "../helpers/session";
import { startSink, waitFor } from "../helpers/sink";

/** The account page's console routes: who may call them, and another service's id answering 404. */
type Caller = "anonymous" | "staff" | "admin" | "otherAdmin";
type Ids = { id: string; hookId: string; deliveryId: string };

let admin: Session;
let staff: Session;
let otherAdmin: Session;

beforeAll(async () => {
  [admin, staff, otherAdmin] = await Promise.all([loginAdmin("console-page"), loginStaff("console-page"), loginAdmin("console-page-other")]);
});

/** An account with one hook to a local sink and one delivery (a test event, delivered). */
async function seedAccount(name: string) {
  const sink = await startSink();
  const created = await createAccount(admin, name);
  const hook = await appFetch({ appId: created.account.appId, appToken: created.appToken }, "/hooks", { method: "POST", json: { event: "tag.created", targetUrl: sink.url() } });
  expect(hook.status).toBe(201);
  const { id: hookId } = (await hook.json()) as { id: string };
  const sent = await admin.fetch(`/api/zapier-accounts/${created.account.id}/hooks/${hookId}/test`, { method: "POST" });
  expect(sent.status).toBe(202);
  const { deliveryId } = (await sent.json()) as { deliveryId: string };
  await waitFor(() => sink.requests.length > 0, "the test event at the sink");
  return { created, hookId, deliveryId, sink };
}

const rows: Array<{ name: string; call: (s: Session, ids: Ids) => Promise<Response>; expected: Record<Caller, number> }> = [
  { name: "POST {id}/test-connection", call: (s, { id }) => s.fetch(`/api/zapier-accounts/${id}/test-connection`, { method: "POST" }), expected: { anonymous: 401, staff: 403, admin: 200, otherAdmin: 404 } },
  { name: "GET {id}/connection", call: (s, { id }) => s.fetch(`/api/zapier-accounts/${id}/connection`), expected: { anonymous: 401, staff: 200, admin: 200, otherAdmin: 404 } },
  { name: "POST {id}/hooks/{hookId}/test", call: (s, { id, hookId }) => s.fetch(`/api/zapier-accounts/${id}/hooks/${hookId}/test`, { method: "POST" }), expected: { anonymous: 401, staff: 403, admin: 202, otherAdmin: 404 } },
  { name: "GET {id}/deliveries/{deliveryId}/attempts", call: (s, { id, deliveryId }) => s.fetch(`/api/zapier-accounts/${id}/deliveries/${deliveryId}/attempts`), expected: { anonymous: 401, staff: 200, admin: 200, otherAdmin: 404 } },
  { name: "GET {id}/hooks", call: (s, { id }) => s.fetch(`/api/zapier-accounts/${id}/hooks`), expected: { anonymous: 401, staff: 200, admin: 200, otherAdmin: 404 } },
  { name: "GET audit-events/export", call: (s) => s.fetch("/api/zapier-accounts/audit-events/export"), expected: { anonymous: 401, staff: 403, admin: 200, otherAdmin: 200 } },
  { name: "GET audit-events/actors", call: (s) => s.fetch("/api/zapier-accounts/audit-events/actors"), expected: { anonymous: 401, staff: 403, admin: 200, otherAdmin: 200 } },
];

describe("console account routes: authorization", () => {
  let ids: Ids;
  let close: () => Promise<void>;
  beforeAll(async () => {
    const seeded = await seedAccount("Access Zaps");
    ids = { id: seeded.created.account.id, hookId: seeded.hookId, deliveryId: seeded.deliveryId };
    close = () => seeded.sink.close();
    return () => close();
  });

  describe.each(rows)("$name", (row) => {
    it.each(["anonymous", "staff", "admin", "otherAdmin"] as const)("as %s", async (caller) => {
      const session = { anonymous: anonymous(), staff, admin, otherAdmin }[caller];
      const res = await row.call(session, ids);
      expect(res.status).toBe(row.expected[caller]);
    });
  });

  it("an unknown hook or delivery of a known account is 404", async () => {
    expect((await admin.fetch(`/api/zapier-accounts/${ids.id}/hooks/nope/test`, { method: "POST" })).status).toBe(404);
    expect((await admin.fetch(`/api/zapier-accounts/${ids.id}/deliveries/nope/attempts`)).status).toBe(404);
  });
});

describe("console account routes: behaviour", () => {
  it("Test connection calls /me with the stored credentials from the server; the request log records it as the last successful call", async () => {
    const { account } = await createAccount(admin, "Test connection Zaps");
    const res = await admin.fetch(`/api/zapier-accounts/${account.id}/test-connection`, { method: "POST" });
    expect(res.status).toBe(200);
    const { result } = (await res.json()) as { result: { ok: boolean; status: number; code: string | null } };
    expect(result).toMatchObject({ ok: true, status: 200, code: null });
    // The token never leaves the server.
    expect(JSON.stringify(result)).not.toContain("cnxzap_");
    await waitFor(async () => {
      const body = (await (await admin.fetch(`/api/zapier-accounts/${account.id}/connection`)).json()) as { connection: { lastCall: { path: string | null } | null } };
      return body.connection.lastCall?.path === "/api/zapier/v1/me";
    }, "the /me call in the request log");
    // The account page's server HTML already says it (no skeleton, no request at load), for staff too.
    for (const session of [admin, staff]) {
      const html = await (await session.fetch(`/admin/integrations/zapier/${account.id}`)).text();
      expect(html).toContain("from 127.0.0.1");
      expect(html).toContain("GET /api/zapier/v1/me");
    }
  });

  it("Send test event delivers the example payload marked test through the outbox, with its attempt", async () => {
    const { created, hookId, deliveryId, sink } = await seedAccount("Test event Zaps");
    try {
      const body = JSON.parse(sink.requests[0]?.body ?? "{}") as Record<string, unknown>;
      expect(body).toMatchObject({ event: "tag.created", test: true, name: "Example Tag" });
      expect(sink.requests[0]?.headers["webhook-signature"]).toMatch(/^v1,/); // Standard Webhooks (issue 12.9: X-CINNOX-Signature went)
      await waitFor(async () => {
        const r = (await (await admin.fetch(`/api/zapier-accounts/${created.account.id}/deliveries/${deliveryId}/attempts`)).json()) as { attempts: Array<{ outcome: string; statusCode: number }> };
        return r.attempts.length === 1 && r.attempts[0]?.outcome === "DELIVERED" && r.attempts[0].statusCode === 200;
      }, "the delivered attempt");
      const hooks = (await (await admin.fetch(`/api/zapier-accounts/${created.account.id}/hooks`)).json()) as { hooks: Array<{ id: string; lastDelivery: { id: string; status: string } | null }> };
      expect(hooks.hooks.find((h) => h.id === hookId)?.lastDelivery).toMatchObject({ id: deliveryId, status: "DELIVERED" });
    } finally {
      await sink.close();
    }
  });

  it("the audit log filters by action, account and person, and exports what is filtered as CSV", async () => {
    const a = await createAccount(admin, "Audit filter A");
    await createAccount(admin, "Audit filter B");
    await admin.fetch(`/api/zapier-accounts/${a.account.id}`, { method: "PATCH", json: { name: "Audit filter A2" } });
    const list = (await (await admin.fetch(`/api/zapier-accounts/audit-events?action=account.renamed&accountId=${a.account.id}`)).json()) as { events: Array<{ action: string; accountId: string }> };
    expect(list.events).toHaveLength(1);
    expect(list.events[0]).toMatchObject({ action: "account.renamed", accountId: a.account.id });
    const byActor = (await (await admin.fetch(`/api/zapier-accounts/audit-events?actor=${encodeURIComponent("ADMIN@console-page.test")}&accountId=${a.account.id}`)).json()) as { events: unknown[] };
    expect(byActor.events).toHaveLength(2);
    const csv = await admin.fetch(`/api/zapier-accounts/audit-events/export?accountId=${a.account.id}`);
    expect(csv.headers.get("content-type")).toContain("text/csv");
    const lines = (await csv.text()).replace(/^\uFEFF/, "").trim().split("\r\n");
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain('"account.renamed"');
    // Another service sees none of it.
    const other = (await (await otherAdmin.fetch(`/api/zapier-accounts/audit-events/export?accountId=${a.account.id}`)).text()).replace(/^\uFEFF/, "").trim().split("\r\n");
    expect(other).toHaveLength(1);
  });
});
