import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ACTIONS, CONTACT_FIELDS, type ActionField } from "@/contract/actions";
import { act, q } from "../helpers/actions";
import { appFetch, loginAdmin } from "../helpers/session";
import { startSink, waitFor, type Sink } from "../helpers/sink";
import { newCreds, subscribe, type Creds } from "../helpers/zapier";

/**
 * Bad input for every field of every action: missing, of the wrong type, too long, or with
 * control characters (NUL, lone surrogates) → 422 invalid_input naming the field; nothing is
 * stored and nothing is sent.
 */
let creds: Creds;
let sink: Sink;
let sender = "";
let staffId = "";
let roomId = "";
let contactId = "";
const marker = `Bad${crypto.randomBytes(3).toString("hex")}`;

beforeAll(async () => {
  creds = await newCreds(await loginAdmin("actions"), "Actions validation");
  sink = await startSink();
  await subscribe(creds, "contact.created", sink.url("/created"));
  await subscribe(creds, "contact.updated", sink.url("/updated"));
  await subscribe(creds, "sms.status", sink.url("/sms"));
  sender = String(((await act(creds, "GET", "/numbers")).body.numbers as { Number: string }[])[0]?.Number);
  staffId = String(((await act(creds, "GET", "/staff")).body.staff as { id: string }[])[0]?.id);
  roomId = String(((await act(creds, "GET", "/rooms")).body.rooms as { id: string }[])[0]?.id);
  contactId = String(((await act(creds, "POST", "/contacts", { first_name: "Valid", last_name: marker })).body.contact as { id: string }).id);
});
afterAll(async () => {
  await sink.close();
});

/** The bad values of one field: wrong type, too long, control characters, NUL, a lone surrogate (and empty). */
function badValues(field: ActionField): [string, unknown][] {
  return [
    ["a number", 5],
    ["an object", { a: 1 }],
    ["empty", ""],
    ["too long", "9".repeat(field.maxLength + 1)],
    ["a control character", field.format === "multiline" ? "a\u0007b" : "a\nb"],
    ["NUL", "a\u0000b"],
    ["a lone surrogate", "a\ud800b"],
  ];
}

async function expect422(method: string, path: string, body: unknown, field: string, label: string) {
  const r = await act(creds, method, path, body);
  expect(r.status, `${label}: ${JSON.stringify(r.body)}`).toBe(422);
  expect(r.body.error, label).toMatchObject({ code: "invalid_input", field });
}

describe("bad input → 422 naming the field", () => {
  it("Create External Contact: every field", async () => {
    const valid = { first_name: "Bad", last_name: marker };
    for (const field of CONTACT_FIELDS) {
      for (const [what, value] of badValues(field)) await expect422("POST", "/contacts", { ...valid, [field.key]: value }, field.key, `${field.key} ${what}`);
    }
    for (const [key, value] of [["level", "Gold"], ["type", "Vendor"], ["phone_type", "Fax"], ["email_type", "School"], ["social_messaging_type", "ICQ"], ["phone_number", "91234567"], ["phone_number", "+0123"], ["email_address", "not-an-email"], ["language", "english"], ["language", "xx"], ["birth_date", "21/04/1990"], ["birth_date", "1990-02-30"]] as const) {
      await expect422("POST", "/contacts", { ...valid, [key]: value }, key, `${key} = ${value}`);
    }
    await expect422("POST", "/contacts", { company: "No names" }, "first_name", "no name at all");
    await expect422("POST", "/contacts", { ...valid, custom_field_1: "x" }, "custom_field_1", "a custom field");
    await expect422("POST", "/contacts", { ...valid, social_messaging_name_id: "id-only" }, "social_messaging_type", "a social id without its type");
  });

  it("Update External Contact: every field, and nothing to change", async () => {
    for (const field of CONTACT_FIELDS) {
      for (const [what, value] of badValues(field)) await expect422("PATCH", `/contacts/${contactId}`, { [field.key]: value }, field.key, `${field.key} ${what}`);
    }
    expect(await act(creds, "PATCH", `/contacts/${contactId}`, {})).toMatchObject({ status: 422, body: { error: { code: "invalid_input" } } });
    await expect422("PATCH", `/contacts/${contactId}`, { first_name: null, last_name: null }, "first_name", "both names cleared");
  });

  it("Send SMS: every field", async () => {
    const valid = { sender_number: sender, recipient_number: "+85291230000", text: marker };
    for (const field of ACTIONS.send_sms.fields) {
      for (const [what, value] of badValues(field)) await expect422("POST", "/sms", { ...valid, [field.key]: value }, field.key, `${field.key} ${what}`);
      if (field.required) {
        const without = Object.fromEntries(Object.entries(valid).filter(([k]) => k !== field.key));
        await expect422("POST", "/sms", without, field.key, `${field.key} missing`);
      }
    }
    await expect422("POST", "/sms", { ...valid, recipient_number: "85291234567" }, "recipient_number", "not E.164");
    await expect422("POST", "/sms", { ...valid, text: "x".repeat(1601) }, "text", "1,601 characters");
    await expect422("POST", "/sms", { ...valid, priority: "high" }, "priority", "an unknown field");
  });

  it("Send IM to Staff and to Group Room: every field", async () => {
    for (const [path, idKey, id, action] of [["/staff-messages", "staff_id", staffId, ACTIONS.send_staff_message], ["/room-messages", "room_id", roomId, ACTIONS.send_room_message]] as const) {
      const valid = { [idKey]: id, text: marker };
      for (const field of action.fields) {
        for (const [what, value] of badValues(field)) await expect422("POST", path, { ...valid, [field.key]: value }, field.key, `${path} ${field.key} ${what}`);
        const without = Object.fromEntries(Object.entries(valid).filter(([k]) => k !== field.key));
        await expect422("POST", path, without, field.key, `${path} ${field.key} missing`);
      }
      await expect422("POST", path, { ...valid, text: "x".repeat(5001) }, "text", `${path} text too long`);
    }
  });

  it("searches: every query parameter", async () => {
    await expect422("GET", "/enquiries", undefined, "displayCaseNumber", "displayCaseNumber missing");
    for (const [path, field] of [["/enquiries", ACTIONS.find_enquiry.fields[0]], ["/numbers", ACTIONS.find_numbers.fields[0]], ...ACTIONS.find_contact.fields.map((f) => ["/contacts", f] as const)] as const) {
      if (!field) continue;
      // (A lone surrogate cannot travel in a URL: percent-decoding turns it into U+FFFD.)
      for (const [what, value] of [["too long", "9".repeat(field.maxLength + 1)], ["a control character", "a\u0001b"], ["NUL", "a\u0000b"]] as const) {
        await expect422("GET", `${path}${q({ [field.key]: value })}`, undefined, field.key, `${path} ${field.key} ${what}`);
      }
    }
    await expect422("GET", `/contacts${q({ email: "nope" })}`, undefined, "email", "email not an address");
    await expect422("GET", `/contacts${q({ phone: "12345" })}`, undefined, "phone", "phone not E.164");
    await expect422("GET", `/contacts${q({ fullName: "a", email: "a@example.com" })}`, undefined, "fullName", "two criteria");
  });

  it("malformed bodies: not JSON → 400, not an object → 422, not application/json → 415", async () => {
    expect((await appFetch(creds, "/contacts", { method: "POST", headers: { "content-type": "application/json" }, body: "{" })).status).toBe(400);
    expect((await appFetch(creds, "/contacts", { method: "POST", headers: { "content-type": "application/json" }, body: "[1]" })).status).toBe(422);
    expect((await appFetch(creds, "/sms", { method: "POST", headers: { "content-type": "text/plain" }, body: "x" })).status).toBe(415);
  });

  it("nothing was stored and nothing was sent", async () => {
    const contacts = (await act(creds, "GET", `/contacts${q({ fullName: marker })}`)).body.contacts as { firstName: string }[];
    expect(contacts.map((c) => c.firstName)).toEqual(["Valid"]);
    // A valid SMS after the refused ones: once the carrier has reported it, it would have reported them.
    const sentinel = await act(creds, "POST", "/sms", { sender_number: sender, recipient_number: "+85291231111", text: marker });
    expect(sentinel.status).toBe(201);
    await waitFor(() => sink.to("/sms").some((r) => r.body.includes("+85291231111")), "the sentinel's sms.status", 10_000);
    expect(sink.to("/sms").filter((r) => r.body.includes("+85291230000"))).toEqual([]);
    expect(sink.to("/updated")).toEqual([]);
    expect(sink.to("/created").filter((r) => !r.body.includes(`Valid ${marker}`))).toEqual([]);
  });
});
