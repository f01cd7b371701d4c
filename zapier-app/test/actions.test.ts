import crypto from "node:crypto";
import zapier from "zapier-platform-core";
import type { Bundle } from "zapier-platform-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAccount, loginAdmin, type Session } from "../../tests/helpers/session";
import { startSink, waitFor, type Sink } from "../../tests/helpers/sink";
import App from "../src/index";

/** The actions of the reference app, run by Zapier's runtime (createAppTester) against the real server. */
delete process.env.LOGGING_TOKEN;
const appTester = zapier.createAppTester(App);

let admin: Session;
let sink: Sink;
let auth: { app_id: string; app_token: string; base_url: string };

beforeAll(async () => {
  admin = await loginAdmin("zapier-app");
  sink = await startSink();
  const { account, appToken } = await createAccount(admin, "Zapier actions");
  auth = { app_id: account.appId, app_token: appToken, base_url: account.baseUrl };
});
afterAll(async () => {
  await sink.close();
});

type Item = Record<string, unknown>;
const bundle = (inputData: Record<string, unknown> = {}, extra: Record<string, unknown> = {}) => ({ authData: auth, inputData, ...extra }) as unknown as Bundle;
const op = <K extends "creates" | "searches" | "triggers">(kind: K, key: string) => {
  const entry = (App[kind] as Record<string, { operation: { perform: unknown; sample?: Item; outputFields?: { key: string }[] } }>)[key];
  if (!entry) throw new Error(`no ${kind} ${key}`);
  return entry.operation;
};
const run = async (kind: "creates" | "searches" | "triggers", key: string, inputData: Record<string, unknown> = {}, extra: Record<string, unknown> = {}) =>
  (await appTester(op(kind, key).perform as never, bundle(inputData, extra))) as never;
const unique = () => crypto.randomBytes(4).toString("hex");

/** The sample and outputFields name exactly the keys of the live answer. */
function matchesLive(kind: "creates" | "searches", key: string, live: Item) {
  const { sample, outputFields } = op(kind, key);
  expect(Object.keys(sample ?? {}).sort()).toEqual(Object.keys(live).sort());
  expect((outputFields ?? []).map((f) => f.key).filter((k) => !k.includes("[]")).sort()).toEqual(Object.keys(live).filter((k) => !Array.isArray(live[k]) || k !== "numbers").sort());
}

describe("dropdowns (hidden triggers)", () => {
  it("Number Type, Sender Number (depends on Number Type), Staff, Room and Contact", async () => {
    const types: Item[] = await run("triggers", "number_type_list");
    expect(types.length).toBeGreaterThanOrEqual(2);
    const senders: Item[] = await run("triggers", "sender_number_list", { number_type: "local" });
    expect(senders.length).toBeGreaterThan(0);
    expect(senders.every((s) => s.type === "local" && String(s.id).startsWith("+"))).toBe(true);
    const allSenders: Item[] = await run("triggers", "sender_number_list");
    expect(allSenders.length).toBeGreaterThan(senders.length);
    const staff: Item[] = await run("triggers", "staff_list");
    expect(staff.length).toBeGreaterThanOrEqual(5);
    const rooms: Item[] = await run("triggers", "room_list");
    expect(rooms.length).toBeGreaterThanOrEqual(3);
    const contacts: Item[] = await run("triggers", "contact_list");
    expect(contacts.length).toBeGreaterThan(0);
    expect(contacts[0]).toEqual({ id: expect.any(String), name: expect.any(String) });
    for (const key of ["number_type_list", "sender_number_list", "staff_list", "room_list", "contact_list"]) {
      expect((App.triggers as Record<string, { display: { hidden?: boolean } }>)[key]?.display.hidden).toBe(true);
    }
  });
});

describe("searches", () => {
  it("Find Enquiry: the match, or nothing (not an error)", async () => {
    const [enquiry]: Item[] = await run("searches", "find_enquiry", { displayCaseNumber: "C-000101" });
    expect(enquiry).toMatchObject({ displayCaseNumber: "C-000101" });
    matchesLive("searches", "find_enquiry", enquiry ?? {});
    await expect(run("searches", "find_enquiry", { displayCaseNumber: "C-424242" })).resolves.toEqual([]);
  });

  it("Find External Contact by name, email or phone; nothing when none matches", async () => {
    const found: Item[] = await run("searches", "find_contact", { fullName: "Tai Man Chan" });
    expect(found[0]).toMatchObject({ firstName: "Tai Man", lastName: "Chan" });
    matchesLive("searches", "find_contact", found[0] ?? {});
    const email = String(found[0]?.email);
    expect(((await run("searches", "find_contact", { email })) as Item[])[0]?.id).toBe(found[0]?.id);
    await expect(run("searches", "find_contact", { fullName: `Nobody ${unique()}` })).resolves.toEqual([]);
  });

  it("Find Numbers: one result carrying the numbers as line items", async () => {
    const [result]: Item[] = await run("searches", "find_numbers", { type: "mobile" });
    expect(result).toMatchObject({ type: "mobile" });
    const numbers = result?.numbers as Item[];
    expect(numbers.length).toBe(result?.count);
    expect(numbers.every((n) => n.type === "mobile")).toBe(true);
    expect(Object.keys(op("searches", "find_numbers").sample ?? {}).sort()).toEqual(Object.keys(result ?? {}).sort());
    await expect(run("searches", "find_numbers", { type: "fax" })).resolves.toEqual([]);
  });
});

describe("creates", () => {
  it("Find or Create External Contact: nothing found, created, then found", async () => {
    expect(App.searchOrCreates.find_contact).toMatchObject({ search: "find_contact", create: "create_contact" });
    const last = `Zap${unique()}`;
    await expect(run("searches", "find_contact", { fullName: `Mei Ling ${last}` })).resolves.toEqual([]);
    const created: Item = await run("creates", "create_contact", { first_name: "Mei Ling", last_name: last, email_address: `${last}@example.com`, level: "Primary", phone_number: "" });
    matchesLive("creates", "create_contact", created);
    expect(created).toMatchObject({ first_name: "Mei Ling", last_name: last, phone_number: null });
    const found: Item[] = await run("searches", "find_contact", { fullName: `Mei Ling ${last}` });
    expect(found.map((c) => c.id)).toEqual([created.id]);

    const updated: Item = await run("creates", "update_contact", { contact_id: created.id, job_title: "Owner" });
    matchesLive("creates", "update_contact", updated);
    expect(updated).toMatchObject({ contact_id: created.id, job_title: "Owner", email_address: `${last}@example.com` });
  });

  it("Send SMS, Send IM to Staff and Send IM to Group Room", async () => {
    const [sender]: Item[] = await run("triggers", "sender_number_list", { number_type: "mobile" });
    const sms: Item = await run("creates", "send_sms", { number_type: "mobile", sender_number: sender?.id, recipient_number: "+85291234567", text: "Your order has shipped." });
    matchesLive("creates", "send_sms", sms);
    expect(sms).toMatchObject({ status: "Submitted", responseCode: 0, exception: null, segments: 1 });
    const [staff]: Item[] = await run("triggers", "staff_list");
    const im: Item = await run("creates", "send_staff_message", { staff_id: staff?.id, text: "VIP waiting" });
    matchesLive("creates", "send_staff_message", im);
    const [room]: Item[] = await run("triggers", "room_list");
    const rm: Item = await run("creates", "send_room_message", { room_id: room?.id, text: "New enquiry" });
    matchesLive("creates", "send_room_message", rm);
  });

  it("the Idempotency key field: a replayed step answers the first result without acting again", async () => {
    const [room]: Item[] = await run("triggers", "room_list");
    const key = `evt_${unique()}`;
    const first: Item = await run("creates", "send_room_message", { room_id: room?.id, text: "Once only", idempotency_key: key });
    const second: Item = await run("creates", "send_room_message", { room_id: room?.id, text: "Once only", idempotency_key: key });
    expect(second).toEqual(first);
    const fields = (App.creates.send_sms.operation.inputFields as { key: string; required?: boolean; label: string }[]);
    expect(fields.find((f) => f.key === "idempotency_key")).toMatchObject({ required: false, label: "Idempotency key" });
    expect(fields.find((f) => f.key === "recipient_number")?.label).toBe("Recipient Number");
  });

  it("a validation error carries the console's message", async () => {
    await expect(run("creates", "create_contact", { first_name: "Bad", phone_number: "12345" })).rejects.toThrow(/phone_number must be a phone number in E\.164 format/);
    await expect(run("creates", "send_staff_message", { staff_id: "stf_nope", text: "x" })).rejects.toThrow(/No staff member/);
  });

  it("a chain: Create External Contact → the subscribed contact.created hook receives it", async () => {
    const trigger = (App.triggers as Record<string, { operation: { performSubscribe: unknown } }>).contact_created;
    await appTester(trigger?.operation.performSubscribe as never, bundle({}, { targetUrl: sink.url("/chain") }));
    const last = `Chain${unique()}`;
    await run("creates", "create_contact", { first_name: "Hook", last_name: last });
    await waitFor(() => sink.to("/chain").some((r) => r.body.includes(`Hook ${last}`)), "contact.created at the hook");
    const payload = JSON.parse(sink.to("/chain").find((r) => r.body.includes(last))?.body ?? "{}") as Item;
    expect(payload).toMatchObject({ event: "contact.created", status: "created", name: `Hook ${last}` });
  });
});

describe("afterResponse", () => {
  it("429 → ThrottledError with the Retry-After; 401 → ExpiredAuthError; other 4xx → the console's message", async () => {
    const { handleErrors } = await import("../src/middleware");
    const z = { errors: zapier.errors } as never;
    const response = (status: number, retryAfter?: string) =>
      ({ status, content: JSON.stringify({ error: { code: "x", message: `said ${status}` } }), getHeader: (name: string) => (name.toLowerCase() === "retry-after" ? retryAfter : undefined) }) as never;
    let thrown: unknown;
    try {
      handleErrors(response(429, "17"), z);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toMatchObject({ name: "ThrottledError" });
    expect(JSON.parse((thrown as Error).message)).toMatchObject({ message: "said 429", delay: 17 });
    expect(() => handleErrors(response(401), z)).toThrow(expect.objectContaining({ name: "ExpiredAuthError" }));
    expect(() => handleErrors(response(422), z)).toThrow(/said 422/);
    expect(App.flags).toMatchObject({ throwForThrottlingEarly: false });
  });
});
