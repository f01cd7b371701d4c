import crypto from "node:crypto";
import http from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ACTIONS } from "@/contract/actions";
import { act, q } from "../helpers/actions";
import { createTestDatabase, seedTestDatabase, startNextServer, type RunningServer, type TestDatabase } from "../helpers/server";
import { appFetch, createAccount, login } from "../helpers/session";
import { adminEmail } from "../setup/fixtures";
import type { Creds } from "../helpers/zapier";

/**
 * Platform mode: a server with PLATFORM_URL forwards every action to a local platform server
 * (started here), signed, and checks the platform's answers. Its own database, so that the
 * suite's server stays in embedded mode.
 */
const SECRET = "platform-test-secret-0123456789abcdef";
type Seen = { action: string; headers: http.IncomingHttpHeaders; body: string };
type Reply = { status: number; json?: unknown; raw?: string; headers?: Record<string, string> } | "hang";
const seen: Seen[] = [];
let reply: (action: string, input: Record<string, unknown>) => Reply = () => ({ status: 500 });
let platform: http.Server;
let db: TestDatabase;
let server: RunningServer;
let creds: Creds;

beforeAll(async () => {
  platform = http.createServer((req, res) => {
    let body = "";
    req.on("data", (d: Buffer) => (body += d.toString("utf8")));
    req.on("end", () => {
      const action = (req.url ?? "").replace(/^\/zapier-actions\//, "");
      seen.push({ action, headers: req.headers, body });
      let answer: Reply;
      try {
        answer = reply(action, (JSON.parse(body) as { input: Record<string, unknown> }).input);
      } catch (error) {
        answer = { status: 500, raw: String(error) };
        console.error("[platform stub]", error);
      }
      if (answer === "hang") return;
      res.writeHead(answer.status, { "content-type": "application/json", ...answer.headers });
      res.end(answer.raw ?? JSON.stringify(answer.json ?? {}));
    });
  });
  await new Promise<void>((r) => platform.listen(0, "127.0.0.1", r));
  const platformUrl = `http://127.0.0.1:${(platform.address() as { port: number }).port}`;
  db = await createTestDatabase();
  seedTestDatabase(db.databaseUrl);
  server = await startNextServer({ databaseUrl: db.databaseUrl, env: { PLATFORM_URL: platformUrl, PLATFORM_SECRET: SECRET, PLATFORM_TIMEOUT_MS: "2000" } });
  const admin = await login(adminEmail("actions"), undefined, server.baseUrl);
  const { account, appToken } = await createAccount(admin, "Platform mode");
  const me = (await (await appFetch({ appId: account.appId, appToken }, "/me", {}, server.baseUrl)).json()) as { service: { id: string } };
  creds = { appId: account.appId, appToken, accountId: account.id, serviceId: me.service.id };
}, 180_000);
afterAll(async () => {
  await server?.stop();
  await db?.drop();
  platform?.closeAllConnections();
  await new Promise<void>((r) => platform?.close(() => r()));
});

const call = (method: string, path: string, json?: unknown, key?: string) => act(creds, method, path, json, key, server.baseUrl);
const sms = { id: "sms_p1", transactionId: "txn_p1", responseCode: 0, exception: null, status: "Submitted", segments: 1, senderNumber: "+85230001234", recipientNumber: "+85291234567", text: "hi" };
const smsBody = { sender_number: "+85230001234", recipient_number: "+85291234567", text: "hi" };

describe("platform mode", () => {
  it("forwards each action as POST /zapier-actions/{action} { serviceId, accountId, input }, signed, and answers what the platform answered", async () => {
    reply = (action, input) => {
      switch (action) {
        case "send_sms":
          return { status: 200, json: { sms: { ...sms, internal: "not for Zapier" } } };
        case "find_contact":
          return { status: 200, json: { contacts: [{ ...ACTIONS.find_contact.sample, id: "ctc_p1" }] } };
        case "update_contact":
          return { status: 200, json: { contact: { ...ACTIONS.update_contact.sample, id: input.contact_id, contact_id: input.contact_id } } };
        case "list_rooms":
          return { status: 200, json: { rooms: [{ id: "room_p1", name: "Platform room" }] } };
        case "find_enquiry":
          // Absent keys are answered as null.
          return { status: 200, json: { enquiries: [{ id: "enq_p1", displayCaseNumber: input.displayCaseNumber, status: "new" }] } };
        default:
          return { status: 500 };
      }
    };
    const r = await call("POST", "/sms", smsBody, "platform-key-1");
    expect(r).toMatchObject({ status: 201, body: { sms } });
    expect((r.body.sms as Record<string, unknown>).internal).toBeUndefined();
    const request = seen.at(-1);
    expect(request?.action).toBe("send_sms");
    expect(JSON.parse(request?.body ?? "")).toEqual({ serviceId: creds.serviceId, accountId: creds.accountId, input: smsBody });
    const [id, ts, sig] = [request?.headers["webhook-id"], request?.headers["webhook-timestamp"], request?.headers["webhook-signature"]];
    expect(sig).toBe(`v1,${crypto.createHmac("sha256", SECRET).update(`${String(id)}.${String(ts)}.${request?.body ?? ""}`).digest("base64")}`);

    // Idempotency holds in platform mode too: the replay is not forwarded again.
    const forwarded = seen.length;
    expect(await call("POST", "/sms", smsBody, "platform-key-1")).toMatchObject({ status: 201, body: { sms } });
    expect(seen.length).toBe(forwarded);

    expect((await call("GET", `/contacts${q({ fullName: "Tai Man Chan" })}`)).body.contacts).toEqual([expect.objectContaining({ id: "ctc_p1", firstName: "Tai Man" })]);
    expect(JSON.parse(seen.at(-1)?.body ?? "").input).toEqual({ fullName: "Tai Man Chan" });
    expect(await call("PATCH", "/contacts/ctc_p1", { city: "Kowloon" })).toMatchObject({ status: 200, body: { contact: { id: "ctc_p1", contact_id: "ctc_p1" } } });
    expect(JSON.parse(seen.at(-1)?.body ?? "").input).toEqual({ contact_id: "ctc_p1", city: "Kowloon" });
    expect((await call("GET", "/rooms")).body).toEqual({ rooms: [{ id: "room_p1", name: "Platform room" }] });
    const enquiry = ((await call("GET", `/enquiries${q({ displayCaseNumber: "P-1" })}`)).body.enquiries as Record<string, unknown>[])[0];
    expect(enquiry).toMatchObject({ id: "enq_p1", displayCaseNumber: "P-1", status: "new", closedAt: null, cid: null });
  });

  it("maps the platform's errors: 4xx → 422 with its message, 404 → 404, 429 → 429 with its Retry-After", async () => {
    reply = () => ({ status: 400, json: { error: { message: "The recipient has opted out.", field: "recipient_number" } } });
    expect(await call("POST", "/sms", smsBody)).toMatchObject({ status: 422, body: { error: { code: "invalid_input", message: "The recipient has opted out.", field: "recipient_number" } } });
    reply = () => ({ status: 404, json: { error: { message: "No such room." } } });
    expect(await call("POST", "/room-messages", { room_id: "room_x", text: "x" })).toMatchObject({ status: 404, body: { error: { code: "not_found", message: "No such room." } } });
    reply = () => ({ status: 429, json: { error: { message: "Slow down." } }, headers: { "retry-after": "42" } });
    const throttled = await call("GET", "/staff");
    expect(throttled).toMatchObject({ status: 429, body: { error: { code: "rate_limited" } } });
    expect(throttled.headers.get("retry-after")).toBe("42");
  });

  it("5xx, a malformed answer, an answer that is not the action's shape and a timeout → 502 platform_unavailable", async () => {
    for (const answer of [{ status: 503, raw: "maintenance" }, { status: 200, raw: "<html>" }, { status: 200, json: { sms: { ...sms, status: 7 } } }, { status: 200, json: { ok: true } }, "hang"] as Reply[]) {
      reply = () => answer;
      const started = Date.now();
      const r = await call("POST", "/sms", smsBody);
      expect(r, JSON.stringify(answer)).toMatchObject({ status: 502, body: { error: { code: "platform_unavailable" } } });
      expect(Date.now() - started).toBeLessThan(8_000);
    }
  });

  it("input is still checked here first: nothing invalid is forwarded", async () => {
    const before = seen.length;
    expect((await call("POST", "/sms", { ...smsBody, recipient_number: "123" })).status).toBe(422);
    expect(seen.length).toBe(before);
  });
});

describe("the console's sandbox in platform mode", () => {
  it("is absent: its page and its API answer 404, and the Zapier page does not link to it", async () => {
    const admin = await login(adminEmail("actions"), undefined, server.baseUrl);
    expect((await admin.fetch("/admin/integrations/zapier/sandbox")).status).toBe(404);
    const api = await admin.fetch("/api/sandbox");
    expect(api.status).toBe(404);
    expect(((await api.json()) as { error: { code: string } }).error.code).toBe("not_found");
    expect((await admin.fetch("/api/sandbox/tags", { method: "POST", json: { name: "X", colorCode: "#000000" } })).status).toBe(404);
    const zapier = await (await admin.fetch("/admin/integrations/zapier")).text();
    expect(zapier).not.toContain("/admin/integrations/zapier/sandbox");
  });
});
