import "server-only";
import crypto from "node:crypto";
import { ApiError } from "@/lib/api/errors";
import { prisma, type Prisma } from "@/lib/db";
import { afterEventsCommitted, emitEvent } from "@/lib/events/emit";
import type { EventName } from "@/lib/events/catalog";
import type { ContactInput, EnquiryStatus, SandboxView, SmsInput, TagInput } from "@/lib/sandbox/schemas";
import { workspaceConfig } from "../config";
import { fullNameOf, nameKey } from "./contacts";
import { smsSegments } from "../schemas/segments";
import { wakeSandboxCarrier } from "./carrier";

/**
 * The console's sandbox: the embedded workspace of one service, and controls that make each of the
 * 13 trigger events happen for real. Every change and its event are written in one transaction
 * (emitEvent), so subscribed REST hooks receive it; rows it writes are marked source "sandbox".
 * Every query carries the service id: another service's ids answer 404 as if absent.
 */

type Tx = Prisma.TransactionClient;
const SOURCE = "sandbox";
const newId = (prefix: string) => `${prefix}_${crypto.randomBytes(12).toString("base64url")}`;

/** The sandbox exists only in embedded mode: with PLATFORM_URL set, the platform is the workspace. */
export function sandboxAvailable() {
  return workspaceConfig().platformUrl === null;
}

function requireEmbedded() {
  if (!sandboxAvailable()) throw new ApiError("not_found", "The sandbox is off: this console forwards to the live platform.");
}

/** Runs `work` in a transaction; its events are handed to the delivery worker once it commits. */
async function change<T>(work: (tx: Tx, emit: (event: EventName, data: Record<string, unknown>) => Promise<void>) => Promise<T>, serviceId: string) {
  const emitted: { deliveries: number }[] = [];
  const result = await prisma.$transaction(
    async (tx) => work(tx, async (event, data) => void emitted.push(await emitEvent(tx, { serviceId, event, data }))),
    { maxWait: 20_000, timeout: 20_000 },
  );
  afterEventsCommitted(emitted);
  return result;
}

const iso = (d: Date) => d.toISOString();
const strings = (value: Prisma.JsonValue) => (Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : []);
const record = (value: Prisma.JsonValue) => (value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, Prisma.JsonValue>) : {});

export async function sandboxView(serviceId: string): Promise<SandboxView> {
  requireEmbedded();
  const where = { serviceId };
  const [contacts, enquiries, tags, staff, messages, sms, numbers] = await Promise.all([
    prisma.workspaceContact.findMany({ where, orderBy: [{ updatedAt: "desc" }, { id: "asc" }], take: 200, include: { owner: { select: { id: true, name: true } } } }),
    prisma.workspaceEnquiry.findMany({ where, orderBy: [{ updatedAt: "desc" }, { id: "asc" }], take: 200 }),
    prisma.workspaceTag.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "asc" }] }),
    prisma.workspaceStaff.findMany({ where, orderBy: [{ name: "asc" }, { id: "asc" }] }),
    prisma.workspaceMessage.findMany({ where, orderBy: [{ sentAt: "desc" }, { id: "asc" }], take: 100, include: { staff: { select: { name: true } }, room: { select: { name: true } } } }),
    prisma.workspaceSms.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "asc" }], take: 100 }),
    prisma.workspaceNumber.findMany({ where, orderBy: [{ type: "asc" }, { number: "asc" }], select: { number: true } }),
  ]);
  return {
    contacts: contacts.map((c) => ({ id: c.id, name: fullNameOf(c.firstName, c.lastName), firstName: c.firstName, lastName: c.lastName, ownerId: c.owner?.id ?? null, ownerName: c.owner?.name ?? null, slaveContacts: strings(c.slaveContacts), source: c.source, updatedAt: iso(c.updatedAt) })),
    enquiries: enquiries.map((e) => ({ id: e.id, displayCaseNumber: e.displayCaseNumber, status: e.status, channel: String(record(e.details).channel ?? "web"), createdAt: iso(e.createdAt), updatedAt: iso(e.updatedAt), source: e.source })),
    tags: tags.map((t) => ({ id: t.id, name: t.name, colorCode: t.colorCode, source: t.source, createdAt: iso(t.createdAt) })),
    staff: staff.map((s) => ({ id: s.id, name: s.name, email: s.email, department: s.department })),
    messages: messages.map((m) => ({ id: m.id, to: m.staff?.name ?? m.room?.name ?? "", kind: m.roomId ? ("room" as const) : ("staff" as const), text: m.text, sentAt: iso(m.sentAt), source: m.source })),
    sms: sms.map((s) => ({ id: s.id, transactionId: s.transactionId, senderNumber: s.senderNumber, recipientNumber: s.recipientNumber, text: s.text, status: s.status, responseCode: s.responseCode, createdAt: iso(s.createdAt), source: s.source })),
    numbers: numbers.map((n) => n.number),
  };
}

// ── Contacts ────────────────────────────────────────────────────────────────────────────────────

async function lockContact(tx: Tx, serviceId: string, id: string, field = "contactId") {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "WorkspaceContact" WHERE "id" = ${id} AND "serviceId" = ${serviceId} FOR UPDATE`;
  if (rows.length === 0) throw new ApiError("not_found", "No contact with this id in your service.", { field });
  return tx.workspaceContact.findFirstOrThrow({ where: { id, serviceId } });
}

const contactData = (status: string, row: { firstName: string | null; lastName: string | null }) => ({ status, name: fullNameOf(row.firstName, row.lastName) });
const names = (input: ContactInput) => {
  const firstName = input.firstName || null;
  const lastName = input.lastName || null;
  return { firstName, lastName, fullNameKey: nameKey(fullNameOf(firstName, lastName)) };
};

export function createContact(serviceId: string, input: ContactInput) {
  requireEmbedded();
  return change(async (tx, emit) => {
    const owner = await tx.workspaceStaff.findFirst({ where: { serviceId }, orderBy: [{ name: "asc" }, { id: "asc" }], select: { id: true } });
    const row = await tx.workspaceContact.create({ data: { id: newId("ctc"), serviceId, ...names(input), ownerId: owner?.id ?? null, source: SOURCE } });
    await emit("contact.created", contactData("created", row));
    return { id: row.id };
  }, serviceId);
}

export function editContact(serviceId: string, id: string, input: ContactInput) {
  requireEmbedded();
  return change(async (tx, emit) => {
    await lockContact(tx, serviceId, id);
    const row = await tx.workspaceContact.update({ where: { id }, data: { ...names(input), source: SOURCE } });
    await emit("contact.updated", contactData("updated", row));
    return { id };
  }, serviceId);
}

/** The merged contact disappears into the survivor's `slavecontacts` (its own merged ones with it). */
export function mergeContact(serviceId: string, id: string, intoId: string) {
  requireEmbedded();
  if (id === intoId) throw new ApiError("invalid_input", "Choose another contact to merge into.", { field: "intoId" });
  return change(async (tx, emit) => {
    // Locked in id order, so two opposite merges cannot deadlock.
    const [a, b] = [id, intoId].sort();
    const first = await lockContact(tx, serviceId, a ?? id, a === id ? "contactId" : "intoId");
    const second = await lockContact(tx, serviceId, b ?? intoId, b === id ? "contactId" : "intoId");
    const merged = first.id === id ? first : second;
    const survivor = first.id === id ? second : first;
    const slaves = [...new Set([...strings(survivor.slaveContacts), merged.id, ...strings(merged.slaveContacts)])];
    await tx.workspaceContact.delete({ where: { id: merged.id } });
    const row = await tx.workspaceContact.update({ where: { id: survivor.id }, data: { slaveContacts: slaves, source: SOURCE } });
    await emit("contact.merged", contactData("merged", row));
    return { id: row.id, slaveContacts: slaves };
  }, serviceId);
}

export function transferOwner(serviceId: string, id: string, ownerId: string) {
  requireEmbedded();
  return change(async (tx, emit) => {
    const current = await lockContact(tx, serviceId, id);
    const owner = await tx.workspaceStaff.findFirst({ where: { id: ownerId, serviceId }, select: { id: true } });
    if (!owner) throw new ApiError("not_found", "No staff member with this id in your service.", { field: "ownerId" });
    if (current.ownerId === owner.id) throw new ApiError("invalid_input", "The contact already has this owner: choose another staff member.", { field: "ownerId" });
    const row = await tx.workspaceContact.update({ where: { id }, data: { ownerId: owner.id, source: SOURCE } });
    await emit("contact.owner_transferred", { ...contactData("owner_transferred", row), fromOwnerID: current.ownerId ?? "unassigned", toOwnerID: owner.id });
    return { id, fromOwnerID: current.ownerId, toOwnerID: owner.id };
  }, serviceId);
}

export function deleteContact(serviceId: string, id: string) {
  requireEmbedded();
  return change(async (tx, emit) => {
    const row = await lockContact(tx, serviceId, id);
    await tx.workspaceContact.delete({ where: { id } });
    await emit("contact.deleted", contactData("deleted", row));
    return { id };
  }, serviceId);
}

// ── Enquiries ───────────────────────────────────────────────────────────────────────────────────

type EnquiryRow = { id: string; displayCaseNumber: string; status: string; createdAt: Date; details: Prisma.JsonValue };

function enquiryData(row: EnquiryRow) {
  const d = record(row.details);
  const str = (key: string, fallback: string) => (typeof d[key] === "string" && d[key] ? String(d[key]) : fallback);
  return {
    status: row.status,
    enquiryID: row.id,
    displayCaseNumber: row.displayCaseNumber,
    type: str("inquiryType", "inbound"),
    channel: str("channel", "web"),
    date: row.createdAt.toISOString(),
    destination: str("destinationName", "Customer Care"),
    destinationTypes: [str("destinationType", "team")],
  };
}

export function createEnquiry(serviceId: string) {
  requireEmbedded();
  return change(async (tx, emit) => {
    // The next case number of the service, under a per-service lock so two clicks never collide.
    await tx.$queryRaw`SELECT count(*)::int AS "n" FROM (SELECT pg_advisory_xact_lock(hashtext(${`sandbox-enquiry:${serviceId}`}))) AS "l"`;
    const count = await tx.workspaceEnquiry.count({ where: { serviceId } });
    let n = 100 + count + 1;
    while (await tx.workspaceEnquiry.findUnique({ where: { serviceId_displayCaseNumber: { serviceId, displayCaseNumber: `C-${String(n).padStart(6, "0")}` } }, select: { id: true } })) n++;
    const row = await tx.workspaceEnquiry.create({
      data: {
        id: newId("enq"),
        serviceId,
        displayCaseNumber: `C-${String(n).padStart(6, "0")}`,
        status: "new",
        source: SOURCE,
        details: { inquiry: "A sandbox enquiry.", channel: "web", initChannel: "web", inquiryType: "inbound", destinationName: "Customer Care", destinationType: "team", visitorName: "Sandbox Visitor" },
      },
    });
    await emit("enquiry.new", enquiryData(row));
    return { id: row.id, displayCaseNumber: row.displayCaseNumber };
  }, serviceId);
}

const ALLOWED_FROM: Record<EnquiryStatus, string[]> = {
  handling: ["new", "queuing"],
  closed: ["new", "queuing", "handling"],
  missed: ["new", "queuing"],
};

export function moveEnquiry(serviceId: string, id: string, status: EnquiryStatus) {
  requireEmbedded();
  return change(async (tx, emit) => {
    const locked = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "WorkspaceEnquiry" WHERE "id" = ${id} AND "serviceId" = ${serviceId} FOR UPDATE`;
    if (locked.length === 0) throw new ApiError("not_found", "No enquiry with this id in your service.", { field: "enquiryId" });
    const current = await tx.workspaceEnquiry.findFirstOrThrow({ where: { id, serviceId } });
    if (!ALLOWED_FROM[status].includes(current.status)) {
      throw new ApiError("invalid_input", `An enquiry that is ${current.status} cannot become ${status}.`, { field: "status" });
    }
    const now = new Date().toISOString();
    const stamp = status === "handling" ? { pickedUpAt: now, handledType: "staff" } : status === "closed" ? { closedAt: now, closedByType: "staff" } : { missedAt: now };
    const row = await tx.workspaceEnquiry.update({ where: { id }, data: { status, source: SOURCE, details: { ...record(current.details), ...stamp } } });
    await emit(`enquiry.${status}`, enquiryData(row));
    return { id, status };
  }, serviceId);
}

// ── Tags ────────────────────────────────────────────────────────────────────────────────────────

async function uniqueName<T>(work: () => Promise<T>) {
  try {
    return await work();
  } catch (error) {
    if ((error as { code?: string }).code === "P2002") throw new ApiError("invalid_input", "A tag with this name exists already.", { field: "name" });
    throw error;
  }
}

export function createTag(serviceId: string, input: TagInput) {
  requireEmbedded();
  return uniqueName(() =>
    change(async (tx, emit) => {
      const row = await tx.workspaceTag.create({ data: { id: newId("tag"), serviceId, name: input.name, colorCode: input.colorCode.toUpperCase(), source: SOURCE } });
      await emit("tag.created", { status: "created", id: row.id, name: row.name, colorCode: row.colorCode });
      return { id: row.id };
    }, serviceId),
  );
}

async function lockTag(tx: Tx, serviceId: string, id: string) {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "WorkspaceTag" WHERE "id" = ${id} AND "serviceId" = ${serviceId} FOR UPDATE`;
  if (rows.length === 0) throw new ApiError("not_found", "No tag with this id in your service.", { field: "tagId" });
  return tx.workspaceTag.findFirstOrThrow({ where: { id, serviceId } });
}

export function editTag(serviceId: string, id: string, input: TagInput) {
  requireEmbedded();
  return uniqueName(() =>
    change(async (tx, emit) => {
      await lockTag(tx, serviceId, id);
      const row = await tx.workspaceTag.update({ where: { id }, data: { name: input.name, colorCode: input.colorCode.toUpperCase(), source: SOURCE } });
      await emit("tag.updated", { status: "updated", id: row.id, name: row.name, colorCode: row.colorCode });
      return { id };
    }, serviceId),
  );
}

export function deleteTag(serviceId: string, id: string) {
  requireEmbedded();
  return change(async (tx, emit) => {
    const row = await lockTag(tx, serviceId, id);
    await tx.workspaceTag.delete({ where: { id } });
    await emit("tag.deleted", { status: "deleted", id: row.id, name: row.name });
    return { id };
  }, serviceId);
}

// ── SMS ─────────────────────────────────────────────────────────────────────────────────────────

/** Hands an SMS to the sandbox carrier, which reports its sms.status once it is due. */
export async function sendSandboxSms(serviceId: string, input: SmsInput) {
  requireEmbedded();
  const number = await prisma.workspaceNumber.findUnique({ where: { serviceId_number: { serviceId, number: input.senderNumber } }, select: { number: true } });
  if (!number) throw new ApiError("not_found", "senderNumber is not one of your service's numbers.", { field: "senderNumber" });
  const dueAt = new Date(Date.now() + workspaceConfig().carrierDelayMs);
  const row = await prisma.workspaceSms.create({
    data: {
      id: newId("sms"),
      serviceId,
      transactionId: newId("txn"),
      senderNumber: number.number,
      recipientNumber: input.recipientNumber,
      text: input.text,
      segments: smsSegments(input.text),
      status: "Submitted",
      responseCode: 0,
      reportDueAt: dueAt,
      source: SOURCE,
    },
  });
  wakeSandboxCarrier(dueAt);
  return { id: row.id, transactionId: row.transactionId, status: row.status };
}
