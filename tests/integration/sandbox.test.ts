import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EVENT_DATA_SCHEMAS, type EventName } from "@/lib/events/catalog";
import type { SandboxView } from "@/lib/sandbox/schemas";
import { loginAdmin, loginStaff, type Session } from "../helpers/session";
import { startSink, waitFor, type Sink } from "../helpers/sink";
import { newCreds, subscribe, type Creds } from "../helpers/zapier";

/**
 * The console's sandbox over real HTTP: admins only, another service's ids as absent, 422 naming
 * the field, and every control emitting its trigger event to a subscribed REST hook.
 */
type Json = Record<string, unknown>;
let admin: Session;
let other: Session;
let creds: Creds;
let sink: Sink;

const view = async (session: Session) => {
  const res = await session.fetch("/api/sandbox");
  expect(res.status).toBe(200);
  return (await res.json()) as SandboxView;
};
const send = async (session: Session, method: string, path: string, json?: unknown) => {
  const res = await session.fetch(`/api/sandbox${path}`, { method, ...(json === undefined ? {} : { json }) });
  const text = await res.text();
  return { status: res.status, body: (text ? JSON.parse(text) : {}) as Json };
};
/** The first delivery of `event` whose body passes `match`, parsed (waits for it). */
async function delivered(event: EventName, match: (payload: Json) => boolean = () => true) {
  const find = () => sink.to(`/${event}`).map((r) => JSON.parse(r.body) as Json).find(match);
  await waitFor(() => find() !== undefined, `a ${event} delivery`, 15_000);
  const payload = find() ?? {};
  expect(payload.event).toBe(event);
  const data = Object.fromEntries(Object.entries(payload).filter(([key]) => !["id", "eventId", "event", "occurredAt"].includes(key)));
  // The payload's data passes the catalog's schema exactly (strict: no field more, none missing).
  const parsed = EVENT_DATA_SCHEMAS[event].safeParse(event.startsWith("tag.") ? { ...data, id: payload.id } : data);
  expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
  return payload;
}

beforeAll(async () => {
  admin = await loginAdmin("sandbox");
  other = await loginAdmin("sandbox-other");
  creds = await newCreds(admin, "Sandbox Zaps");
  sink = await startSink();
  for (const event of Object.keys(EVENT_DATA_SCHEMAS) as EventName[]) await subscribe(creds, event, sink.url(`/${event}`));
});
afterAll(async () => {
  await sink.close();
});

describe("access", () => {
  it("admins see the seeded workspace; staff get 403 on every route", async () => {
    const v = await view(admin);
    expect(v.contacts.length).toBeGreaterThan(10);
    expect(v.staff.length).toBe(6);
    expect(v.enquiries.length).toBeGreaterThanOrEqual(12);
    expect(v.contacts.every((c) => ["seed", "sandbox", "zap"].includes(c.source))).toBe(true);
    const staff = await loginStaff("sandbox");
    expect((await staff.fetch("/api/sandbox")).status).toBe(403);
    expect((await send(staff, "POST", "/tags", { name: "Nope", colorCode: "#000000" })).status).toBe(403);
    expect((await send(staff, "POST", "/enquiries")).status).toBe(403);
    expect((await send(staff, "DELETE", `/contacts/${v.contacts[0]?.id}`)).status).toBe(403);
  });

  it("another service's ids answer 404 and change nothing", async () => {
    const theirs = await view(other);
    const mine = await view(admin);
    const contact = theirs.contacts[0]?.id ?? "";
    const r = await send(admin, "PATCH", `/contacts/${contact}`, { firstName: "Hijack" });
    expect(r.status).toBe(404);
    expect((await send(admin, "DELETE", `/contacts/${contact}`)).status).toBe(404);
    expect((await send(admin, "POST", `/contacts/${mine.contacts[0]?.id}/merge`, { intoId: contact })).body).toMatchObject({ error: { code: "not_found", field: "intoId" } });
    expect((await send(admin, "POST", `/contacts/${mine.contacts[0]?.id}/transfer`, { ownerId: theirs.staff[0]?.id })).body).toMatchObject({ error: { code: "not_found", field: "ownerId" } });
    expect((await send(admin, "POST", `/enquiries/${theirs.enquiries[0]?.id}/status`, { status: "closed" })).status).toBe(404);
    expect((await send(admin, "DELETE", `/tags/${theirs.tags[0]?.id}`)).status).toBe(404);
    expect((await send(admin, "POST", "/sms", { senderNumber: theirs.numbers[0], recipientNumber: "+85291234567", text: "hi" })).status).toBe(404);
    const after = await view(other);
    expect(after.contacts.find((c) => c.id === contact)?.name).toBe(theirs.contacts[0]?.name);
    expect(after.tags.length).toBe(theirs.tags.length);
  });

  it("bad input answers 422 naming the field", async () => {
    const v = await view(admin);
    const field = async (method: string, path: string, json: unknown) => {
      const r = await send(admin, method, path, json);
      expect(r.status, JSON.stringify(r.body)).toBe(422);
      return (r.body.error as Json).field;
    };
    expect(await field("POST", "/contacts", { firstName: "bad\u0000name" })).toBe("firstName");
    expect(await field("POST", "/contacts", { firstName: " ", lastName: "" })).toBe("firstName");
    expect(await field("POST", "/tags", { name: "Red", colorCode: "red" })).toBe("colorCode");
    expect(await field("POST", "/tags", { name: "\ud800", colorCode: "#FF0000" })).toBe("name");
    expect(await field("POST", "/tags", { name: v.tags[0]?.name, colorCode: "#FF0000" })).toBe("name");
    expect(await field("POST", `/contacts/${v.contacts[0]?.id}/merge`, { intoId: v.contacts[0]?.id })).toBe("intoId");
    expect(await field("POST", `/enquiries/${v.enquiries[0]?.id}/status`, { status: "queuing" })).toBe("status");
    expect(await field("POST", "/sms", { senderNumber: v.numbers[0], recipientNumber: "call me", text: "hi" })).toBe("recipientNumber");
  });
});

describe("every control emits its trigger event", () => {
  it("enquiry new → handling → closed, and another new → missed", async () => {
    const created = await send(admin, "POST", "/enquiries");
    expect(created.status).toBe(201);
    const id = String(created.body.id);
    const isIt = (p: Json) => p.enquiryID === id;
    expect(await delivered("enquiry.new", isIt)).toMatchObject({ status: "new", displayCaseNumber: created.body.displayCaseNumber, destinationTypes: ["team"] });
    expect((await send(admin, "POST", `/enquiries/${id}/status`, { status: "handling" })).status).toBe(200);
    expect(await delivered("enquiry.handling", isIt)).toMatchObject({ status: "handling" });
    expect((await send(admin, "POST", `/enquiries/${id}/status`, { status: "closed" })).status).toBe(200);
    expect(await delivered("enquiry.closed", isIt)).toMatchObject({ status: "closed" });
    const second = String((await send(admin, "POST", "/enquiries")).body.id);
    expect((await send(admin, "POST", `/enquiries/${second}/status`, { status: "missed" })).status).toBe(200);
    expect(await delivered("enquiry.missed", (p) => p.enquiryID === second)).toMatchObject({ status: "missed" });
    const v = await view(admin);
    expect(v.enquiries[0]).toMatchObject({ id: second, status: "missed", source: "sandbox" });
  });

  it("contact create, edit, transfer owner, merge and delete", async () => {
    const a = await send(admin, "POST", "/contacts", { firstName: "Sandra", lastName: "Box" });
    expect(a.status).toBe(201);
    expect(await delivered("contact.created", (p) => p.name === "Sandra Box")).toMatchObject({ status: "created" });
    expect((await send(admin, "PATCH", `/contacts/${a.body.id}`, { firstName: "Sandy", lastName: "Box" })).status).toBe(200);
    expect(await delivered("contact.updated", (p) => p.name === "Sandy Box")).toMatchObject({ status: "updated" });

    let v = await view(admin);
    const row = v.contacts.find((c) => c.id === a.body.id);
    expect(row).toMatchObject({ name: "Sandy Box", source: "sandbox" });
    const to = v.staff.find((s) => s.id !== row?.ownerId);
    const moved = await send(admin, "POST", `/contacts/${a.body.id}/transfer`, { ownerId: to?.id });
    expect(moved.status).toBe(200);
    expect(await delivered("contact.owner_transferred", (p) => p.name === "Sandy Box")).toMatchObject({ status: "owner_transferred", fromOwnerID: row?.ownerId, toOwnerID: to?.id });

    const b = await send(admin, "POST", "/contacts", { firstName: "Merged", lastName: "Away" });
    const merged = await send(admin, "POST", `/contacts/${b.body.id}/merge`, { intoId: a.body.id });
    expect(merged.status).toBe(200);
    expect(await delivered("contact.merged", (p) => p.name === "Sandy Box")).toMatchObject({ status: "merged" });
    v = await view(admin);
    expect(v.contacts.find((c) => c.id === b.body.id)).toBeUndefined();
    expect(v.contacts.find((c) => c.id === a.body.id)?.slaveContacts).toEqual([b.body.id]);

    expect((await send(admin, "DELETE", `/contacts/${a.body.id}`)).status).toBe(200);
    expect(await delivered("contact.deleted", (p) => p.name === "Sandy Box")).toMatchObject({ status: "deleted" });
    expect((await view(admin)).contacts.find((c) => c.id === a.body.id)).toBeUndefined();
  });

  it("tag create, edit and delete keep the tag's own id", async () => {
    const t = await send(admin, "POST", "/tags", { name: "Sandbox tag", colorCode: "#00aa00" });
    expect(t.status).toBe(201);
    const isIt = (p: Json) => p.id === t.body.id;
    expect(await delivered("tag.created", isIt)).toMatchObject({ status: "created", name: "Sandbox tag", colorCode: "#00AA00" });
    expect((await send(admin, "PATCH", `/tags/${t.body.id}`, { name: "Sandbox tag 2", colorCode: "#0000FF" })).status).toBe(200);
    expect(await delivered("tag.updated", isIt)).toMatchObject({ status: "updated", name: "Sandbox tag 2", colorCode: "#0000FF" });
    expect((await send(admin, "DELETE", `/tags/${t.body.id}`)).status).toBe(200);
    const gone = await delivered("tag.deleted", isIt);
    expect(gone).toMatchObject({ status: "deleted", name: "Sandbox tag 2" });
    expect(gone).not.toHaveProperty("colorCode");
  });

  it("an SMS sent from the sandbox: the carrier reports sms.status", async () => {
    const v = await view(admin);
    const r = await send(admin, "POST", "/sms", { senderNumber: v.numbers[0], recipientNumber: "+85291230000", text: "Sandbox SMS" });
    expect(r.status).toBe(202);
    const payload = await delivered("sms.status", (p) => p.transactionId === r.body.transactionId);
    expect(payload).toMatchObject({ status: "Fail", recipientNumber: "+85291230000", recipientCountry: "HK", responseCode: 400 });
    const row = (await view(admin)).sms.find((s) => s.transactionId === r.body.transactionId);
    expect(row).toMatchObject({ status: "Fail", source: "sandbox" });
  });
});
