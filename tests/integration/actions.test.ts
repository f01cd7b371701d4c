import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CONTACT_INPUT_KEYS, CONTACT_KEYS, ENQUIRY_KEYS, ENQUIRY_STATUSES, SMS_KEYS } from "@/contract/actions";
import { act, q } from "../helpers/actions";
import { loginAdmin, type Session } from "../helpers/session";
import { startSink, waitFor, type Sink } from "../helpers/sink";
import { newCreds, subscribe, type Creds } from "../helpers/zapier";

/**
 * The 8 actions over the embedded workspace, over real HTTP: every endpoint's answer, isolation
 * between services, Idempotency-Key under concurrency, and the trigger events the actions emit
 * (contact.created / contact.updated at once, sms.status when the sandbox carrier reports).
 */
let admin: Session;
let creds: Creds;
let other: Creds;
let sink: Sink;

type Json = Record<string, unknown>;
const list = (r: { body: Json }, key: string) => r.body[key] as Json[];

beforeAll(async () => {
  admin = await loginAdmin("actions");
  creds = await newCreds(admin, "Actions main");
  other = await newCreds(await loginAdmin("actions-other"), "Actions other");
  sink = await startSink();
});
afterAll(async () => {
  await sink.close();
});

const unique = () => crypto.randomBytes(4).toString("hex");

describe("Find Enquiry", () => {
  it("answers the enquiry with every key of the help page's table, or []", async () => {
    const r = await act(creds, "GET", `/enquiries${q({ displayCaseNumber: "C-000101" })}`);
    expect(r.status).toBe(200);
    const [enquiry] = list(r, "enquiries");
    expect(Object.keys(enquiry ?? {}).sort()).toEqual([...ENQUIRY_KEYS].sort());
    expect(enquiry).toMatchObject({ displayCaseNumber: "C-000101", svcID: creds.serviceId, locationDetail: null });
    expect(Date.parse(String(enquiry?.createdAt))).not.toBeNaN();
    expect(r.headers.get("cache-control")).toBe("no-store");
    expect((await act(creds, "GET", `/enquiries${q({ displayCaseNumber: "C-999999" })}`)).body).toEqual({ enquiries: [] });
  });

  it("the seed has enquiries in every status; another service's enquiry is not this one's", async () => {
    const statuses = new Set<string>();
    for (let n = 101; n <= 112; n++) {
      const [e] = list(await act(creds, "GET", `/enquiries${q({ displayCaseNumber: `C-000${n}` })}`), "enquiries");
      statuses.add(String(e?.status));
    }
    expect([...statuses].sort()).toEqual([...ENQUIRY_STATUSES].sort());
    const mine = list(await act(creds, "GET", `/enquiries${q({ displayCaseNumber: "C-000101" })}`), "enquiries")[0];
    const theirs = list(await act(other, "GET", `/enquiries${q({ displayCaseNumber: "C-000101" })}`), "enquiries")[0];
    expect(theirs?.id).not.toBe(mine?.id);
  });
});

describe("Create, Find and Update External Contact", () => {
  it("creates a contact (201, every field answered) and finds it by full name, email and phone", async () => {
    const tag = unique();
    const input = {
      first_name: "Siu Fung",
      last_name: `Tsang${tag}`,
      level: "Secondary",
      type: "Prospect",
      phone_type: "Work",
      phone_number: "+85221234567",
      email_type: "Personal",
      email_address: `sf.${tag}@example.com`,
      company: "港灣貿易有限公司",
      job_title: "Buyer",
      team: "Purchasing",
      group: "VIP",
      language: "zh",
      birth_date: "1988-08-08",
      zip_code: "999077",
      street: "8 Nathan Road",
      city: "Kowloon",
      state: "KLN",
      country: "Hong Kong",
      social_messaging_type: "LINE",
      social_messaging_name_id: `line-${tag}`,
    };
    const r = await act(creds, "POST", "/contacts", input);
    expect(r.status).toBe(201);
    const contact = r.body.contact as Json;
    expect(Object.keys(contact).sort()).toEqual(["id", ...CONTACT_INPUT_KEYS].sort());
    expect(contact).toMatchObject(input);

    // Case- and width-insensitive exact full name.
    const byName = await act(creds, "GET", `/contacts${q({ fullName: `ＳＩＵ fung TSANG${tag.toUpperCase()}` })}`);
    expect(byName.status).toBe(200);
    const found = list(byName, "contacts")[0] as Json;
    expect(Object.keys(found).sort()).toEqual([...CONTACT_KEYS].sort());
    expect(found).toMatchObject({
      id: contact.id, firstName: "Siu Fung", workPhone: "+85221234567", personalEmail: input.email_address, line: input.social_messaging_name_id,
      companyName: "港灣貿易有限公司", department: "Purchasing", customerType: "Prospect", level: "Secondary", birthday: "1988-08-08",
      addresses: [{ street: "8 Nathan Road", city: "Kowloon", state: "KLN", zipCode: "999077", country: "Hong Kong" }], sharedWith: [], slavecontacts: [],
    });
    expect(list(await act(creds, "GET", `/contacts${q({ email: input.email_address.toUpperCase() })}`), "contacts").map((c) => c.id)).toEqual([contact.id]);
    expect(list(await act(creds, "GET", `/contacts${q({ phone: "+85221234567" })}`), "contacts").map((c) => c.id)).toContain(contact.id);
    // Nothing of this service is visible to another one.
    expect(list(await act(other, "GET", `/contacts${q({ email: input.email_address })}`), "contacts")).toEqual([]);
  });

  it("exact full name first, then names containing every word; at most 25; [] when none", async () => {
    const names = list(await act(creds, "GET", `/contacts${q({ fullName: "Tai Man Chan" })}`), "contacts").map((c) => `${c.firstName} ${c.lastName}`);
    expect(names[0]).toBe("Tai Man Chan");
    const taiMan = list(await act(creds, "GET", `/contacts${q({ fullName: "tai man" })}`), "contacts").map((c) => `${c.firstName} ${c.lastName}`);
    expect(taiMan).toEqual(expect.arrayContaining(["Tai Man Chan", "Tai Man Lee", "Tai Man Wong"]));
    const chinese = list(await act(creds, "GET", `/contacts${q({ fullName: "大文 陳" })}`), "contacts");
    expect(chinese[0]).toMatchObject({ firstName: "大文", lastName: "陳" });
    expect(list(await act(creds, "GET", `/contacts${q({ fullName: "Nobody Matches This" })}`), "contacts")).toEqual([]);
    const all = list(await act(creds, "GET", "/contacts"), "contacts");
    expect(all.length).toBe(25);
    // The owner comes with the contact.
    expect(all.some((c) => typeof c.ownerName === "string" && typeof c.ownerDepartment === "string")).toBe(true);
  });

  it("PATCH changes only the fields sent and answers contact_id; unknown and another service's ids → 404", async () => {
    const created = (await act(creds, "POST", "/contacts", { first_name: "Ka Ming", last_name: `Lo${unique()}`, phone_number: "+85291110000", city: "Sha Tin", level: "Primary" })).body.contact as Json;
    const r = await act(creds, "PATCH", `/contacts/${String(created.id)}`, { job_title: "Director", phone_type: "Home", city: "Tai Po" });
    expect(r.status).toBe(200);
    const updated = r.body.contact as Json;
    expect(Object.keys(updated).sort()).toEqual(["id", ...CONTACT_INPUT_KEYS, "contact_id"].sort());
    expect(updated).toMatchObject({ id: created.id, contact_id: created.id, first_name: "Ka Ming", last_name: created.last_name, level: "Primary", job_title: "Director", phone_type: "Home", phone_number: "+85291110000", city: "Tai Po" });
    const found = list(await act(creds, "GET", `/contacts${q({ phone: "+85291110000" })}`), "contacts").find((c) => c.id === created.id);
    expect(found).toMatchObject({ homePhone: "+85291110000", mobilePhone: null });

    expect((await act(creds, "PATCH", "/contacts/ctc_nope", { city: "x" })).status).toBe(404);
    const theirs = list(await act(other, "GET", "/contacts"), "contacts")[0];
    const cross = await act(creds, "PATCH", `/contacts/${String(theirs?.id)}`, { city: "x" });
    expect(cross.status).toBe(404);
    expect(cross.body.error).toMatchObject({ code: "not_found" });
    expect(list(await act(other, "GET", `/contacts${q({ fullName: `${theirs?.firstName ?? ""} ${theirs?.lastName ?? ""}` })}`), "contacts")[0]?.addresses).toEqual(theirs?.addresses);
  });
});

describe("numbers, staff and rooms", () => {
  it("number types (≥ 2) and numbers, optionally of one type", async () => {
    const types = list(await act(creds, "GET", "/number-types"), "types");
    expect(types.length).toBeGreaterThanOrEqual(2);
    for (const t of types) expect(Object.keys(t).sort()).toEqual(["id", "name"]);
    const all = list(await act(creds, "GET", "/numbers"), "numbers");
    for (const n of all) expect(Object.keys(n).sort()).toEqual(["Number", "ServiceID", "id", "type"]);
    expect(all.every((n) => n.ServiceID === creds.serviceId)).toBe(true);
    const mobile = list(await act(creds, "GET", `/numbers${q({ type: "mobile" })}`), "numbers");
    expect(mobile.length).toBeGreaterThan(0);
    expect(mobile.every((n) => n.type === "mobile")).toBe(true);
    expect(list(await act(creds, "GET", `/numbers${q({ type: "fax" })}`), "numbers")).toEqual([]);
  });

  it("staff and rooms lists; IMs to them (201); another service's staff and room → 404", async () => {
    const staff = list(await act(creds, "GET", "/staff"), "staff");
    expect(staff.length).toBeGreaterThanOrEqual(5);
    expect(Object.keys(staff[0] ?? {}).sort()).toEqual(["department", "email", "id", "name"]);
    const rooms = list(await act(creds, "GET", "/rooms"), "rooms");
    expect(rooms.length).toBeGreaterThanOrEqual(3);

    const im = await act(creds, "POST", "/staff-messages", { staff_id: staff[0]?.id, text: "VIP waiting\nin queue 2" });
    expect(im.status).toBe(201);
    expect(im.body.message).toMatchObject({ staff_id: staff[0]?.id, text: "VIP waiting\nin queue 2" });
    expect(Object.keys(im.body.message as Json).sort()).toEqual(["id", "sentAt", "staff_id", "text"]);
    const rm = await act(creds, "POST", "/room-messages", { room_id: rooms[0]?.id, text: "C-000101 needs a hand" });
    expect(rm.status).toBe(201);
    expect(Object.keys(rm.body.message as Json).sort()).toEqual(["id", "room_id", "sentAt", "text"]);

    const theirStaff = list(await act(other, "GET", "/staff"), "staff")[0];
    const theirRoom = list(await act(other, "GET", "/rooms"), "rooms")[0];
    expect(await act(creds, "POST", "/staff-messages", { staff_id: theirStaff?.id, text: "x" })).toMatchObject({ status: 404, body: { error: { code: "not_found", field: "staff_id" } } });
    expect(await act(creds, "POST", "/room-messages", { room_id: theirRoom?.id, text: "x" })).toMatchObject({ status: 404, body: { error: { code: "not_found", field: "room_id" } } });
  });
});

describe("Send SMS", () => {
  it("201 Submitted with segments counted as the platform counts them", async () => {
    const [sender] = list(await act(creds, "GET", `/numbers${q({ type: "mobile" })}`), "numbers");
    const r = await act(creds, "POST", "/sms", { number_type: "mobile", sender_number: sender?.Number, recipient_number: "+85291234567", text: "a".repeat(161) });
    expect(r.status).toBe(201);
    const sms = r.body.sms as Json;
    expect(Object.keys(sms).sort()).toEqual([...SMS_KEYS].sort());
    expect(sms).toMatchObject({ responseCode: 0, exception: null, status: "Submitted", segments: 2, senderNumber: sender?.Number, recipientNumber: "+85291234567" });
    const ucs2 = await act(creds, "POST", "/sms", { sender_number: sender?.Number, recipient_number: "+85291234567", text: "你好".repeat(36) });
    expect((ucs2.body.sms as Json).segments).toBe(2);
  });

  it("a sender that is not the service's → 404; not of number_type → 422", async () => {
    const [theirs] = list(await act(other, "GET", "/numbers"), "numbers");
    expect(await act(creds, "POST", "/sms", { sender_number: theirs?.Number, recipient_number: "+85291234567", text: "x" })).toMatchObject({ status: 404, body: { error: { field: "sender_number" } } });
    const [local] = list(await act(creds, "GET", `/numbers${q({ type: "local" })}`), "numbers");
    expect(await act(creds, "POST", "/sms", { number_type: "mobile", sender_number: local?.Number, recipient_number: "+85291234567", text: "x" })).toMatchObject({
      status: 422,
      body: { error: { code: "invalid_input", field: "sender_number" } },
    });
  });
});

describe("Idempotency-Key", () => {
  it("20 simultaneous POST /sms with one key: one SMS, the same answer twenty times", async () => {
    const [sender] = list(await act(creds, "GET", "/numbers"), "numbers");
    const key = `evt_${unique()}`;
    const body = { sender_number: sender?.Number, recipient_number: "+85291239876", text: "Your order has shipped." };
    const answers = await Promise.all(Array.from({ length: 20 }, () => act(creds, "POST", "/sms", body, key)));
    expect(answers.map((a) => a.status)).toEqual(Array(20).fill(201));
    const ids = new Set(answers.map((a) => (a.body.sms as Json).id));
    expect(ids.size).toBe(1);
    expect(answers.filter((a) => a.headers.get("idempotent-replayed") === "true")).toHaveLength(19);
    // A later replay: the same status and body.
    const again = await act(creds, "POST", "/sms", body, key);
    expect(again).toMatchObject({ status: 201, body: answers[0]?.body });
    // The same key with another body: 409.
    expect(await act(creds, "POST", "/sms", { ...body, text: "Something else" }, key)).toMatchObject({ status: 409, body: { error: { code: "idempotency_conflict" } } });
    // Keys are per account: another account's same key acts anew.
    const [theirSender] = list(await act(other, "GET", "/numbers"), "numbers");
    const theirs = await act(other, "POST", "/sms", { ...body, sender_number: theirSender?.Number }, key);
    expect(theirs.status).toBe(201);
    expect((theirs.body.sms as Json).id).not.toBe([...ids][0]);
  });

  it("20 simultaneous POST /contacts with one key: one contact", async () => {
    const last = `Idem${unique()}`;
    const key = `evt_${unique()}`;
    const answers = await Promise.all(Array.from({ length: 20 }, () => act(creds, "POST", "/contacts", { first_name: "Once", last_name: last }, key)));
    expect(answers.map((a) => a.status)).toEqual(Array(20).fill(201));
    expect(new Set(answers.map((a) => (a.body.contact as Json).id)).size).toBe(1);
    expect(list(await act(creds, "GET", `/contacts${q({ fullName: `Once ${last}` })}`), "contacts")).toHaveLength(1);
  });

  it("PATCH and the IMs take it too; a first answer that was an error replays as that error", async () => {
    const created = (await act(creds, "POST", "/contacts", { first_name: "Patch", last_name: `Idem${unique()}` })).body.contact as Json;
    const key = `k-${unique()}`;
    const first = await act(creds, "PATCH", `/contacts/${String(created.id)}`, { city: "Tsuen Wan" }, key);
    expect(first.status).toBe(200);
    expect(await act(creds, "PATCH", `/contacts/${String(created.id)}`, { city: "Tsuen Wan" }, key)).toMatchObject({ status: 200, body: first.body });
    expect((await act(creds, "PATCH", `/contacts/${String(created.id)}`, { city: "Yuen Long" }, key)).status).toBe(409);

    const missing = `k-${unique()}`;
    expect((await act(creds, "POST", "/staff-messages", { staff_id: "stf_nope", text: "x" }, missing)).status).toBe(404);
    expect((await act(creds, "POST", "/staff-messages", { staff_id: "stf_nope", text: "x" }, missing)).status).toBe(404);
  });

  it("a key that is not 1–255 printable ASCII characters → 422 naming Idempotency-Key", async () => {
    for (const key of ["", "x".repeat(256), "tab\tkey", "clé"]) {
      const r = await act(creds, "POST", "/room-messages", { room_id: "room_x", text: "x" }, key);
      expect(r.status, JSON.stringify(key)).toBe(422);
      expect(r.body.error).toMatchObject({ code: "invalid_input", field: "Idempotency-Key" });
    }
    expect((await act(creds, "POST", "/room-messages", { room_id: "room_x", text: "x" }, "x".repeat(255))).status).toBe(404);
  });
});

describe("triggers emitted by the actions", () => {
  it("contact.created and contact.updated reach the subscribed hooks", async () => {
    await subscribe(creds, "contact.created", sink.url("/created"));
    await subscribe(creds, "contact.updated", sink.url("/updated"));
    const last = `Hook${unique()}`;
    const created = (await act(creds, "POST", "/contacts", { first_name: "Chain", last_name: last })).body.contact as Json;
    await waitFor(() => sink.to("/created").some((r) => r.body.includes(last)), "contact.created delivery");
    const payload = JSON.parse(sink.to("/created").find((r) => r.body.includes(last))?.body ?? "{}") as Json;
    expect(payload).toMatchObject({ event: "contact.created", status: "created", name: `Chain ${last}` });
    await act(creds, "PATCH", `/contacts/${String(created.id)}`, { last_name: `${last}x` });
    await waitFor(() => sink.to("/updated").some((r) => r.body.includes(`${last}x`)), "contact.updated delivery");
  });

  it("the sandbox carrier reports each SMS within ~2 s: Success, Fail (…0000) with an exception, Timeout (…9999)", async () => {
    await subscribe(creds, "sms.status", sink.url("/sms"));
    const [sender] = list(await act(creds, "GET", "/numbers"), "numbers");
    const base = `+8529${String(crypto.randomInt(100, 999))}`;
    const sent: Record<string, { at: number; transactionId: string }> = {};
    for (const [outcome, recipient] of [["Success", `${base}1234`], ["Fail", `${base}0000`], ["Timeout", `${base}9999`]] as const) {
      const at = Date.now();
      const r = await act(creds, "POST", "/sms", { sender_number: sender?.Number, recipient_number: recipient, text: `status ${outcome}` });
      expect(r.status).toBe(201);
      sent[outcome] = { at, transactionId: String((r.body.sms as Json).transactionId) };
    }
    const delivered = (transactionId: string) => sink.to("/sms").find((r) => r.body.includes(transactionId));
    for (const [outcome, { at, transactionId }] of Object.entries(sent)) {
      await waitFor(() => delivered(transactionId) !== undefined, `sms.status ${outcome}`, 10_000);
      const request = delivered(transactionId);
      const payload = JSON.parse(request?.body ?? "{}") as Json;
      expect(payload).toMatchObject({ event: "sms.status", transactionId, status: outcome, recipientCountry: "HK" });
      if (outcome === "Success") expect(payload.exception).toBeNull();
      else expect(String(payload.exception)).toMatch(/sandbox/);
      // Reported by the carrier within ~2 s; delivered by the worker right after.
      expect((request?.at ?? 0) - at).toBeLessThan(4_000);
    }
  });
});

describe("request log", () => {
  it("records each action call with its ids and replays, never message text", async () => {
    const key = `log-${unique()}`;
    const since = Date.now();
    const rooms = list(await act(creds, "GET", "/rooms"), "rooms");
    const secretText = `secret-${unique()}`;
    await act(creds, "POST", "/room-messages", { room_id: rooms[0]?.id, text: secretText }, key);
    await act(creds, "POST", "/room-messages", { room_id: rooms[0]?.id, text: secretText }, key);
    type Entry = { action: string; method: string; path: string; status: number; idempotentReplay: boolean; createdAt: string };
    let entries: Entry[] = [];
    await waitFor(async () => {
      const res = await admin.fetch(`/api/zapier-accounts/${creds.accountId}/requests`);
      const text = await res.text();
      expect(text).not.toContain(secretText);
      entries = (JSON.parse(text) as { requests: Entry[] }).requests.filter((e) => e.action === "send_room_message" && Date.parse(e.createdAt) >= since);
      return entries.length >= 2;
    }, "request log entries");
    expect(entries.slice(0, 2)).toEqual([
      expect.objectContaining({ method: "POST", path: "/api/zapier/v1/room-messages", status: 201, idempotentReplay: true }),
      expect.objectContaining({ method: "POST", path: "/api/zapier/v1/room-messages", status: 201, idempotentReplay: false }),
    ]);
  });
});
