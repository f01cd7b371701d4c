import crypto from "node:crypto";
import { z } from "zod";
import { text as storableText } from "@/lib/validation/text";

/**
 * The 13 CINNOX events Zapier can subscribe to, with the fields of each payload (the seed's
 * trigger table). `data` is what the platform publishes; the delivered payload adds eventId,
 * event, occurredAt and id.
 */
export const EVENT_NAMES = [
  "contact.created",
  "contact.updated",
  "contact.merged",
  "contact.owner_transferred",
  "contact.deleted",
  "enquiry.new",
  "enquiry.handling",
  "enquiry.closed",
  "enquiry.missed",
  "sms.status",
  "tag.created",
  "tag.updated",
  "tag.deleted",
] as const;
export type EventName = (typeof EVENT_NAMES)[number];

export const isEventName = (value: unknown): value is EventName => (EVENT_NAMES as readonly unknown[]).includes(value);

// Every string field follows the project's text rule (no NUL, no unpaired surrogates): 422 naming it.
const text = (max = 200) => storableText().min(1).max(max);
const optionalText = (max = 500) => storableText().max(max).nullable();

const contact = z.strictObject({ status: text(50), name: text(200) });
const contactTransfer = contact.extend({ fromOwnerID: text(100), toOwnerID: text(100) });
const enquiry = z.strictObject({
  status: text(50),
  enquiryID: text(100),
  displayCaseNumber: text(50),
  type: text(50),
  channel: text(50),
  date: z.iso.datetime({ offset: true }),
  destination: text(200),
  destinationTypes: z.array(text(50)).max(20),
});
const sms = z.strictObject({
  transactionId: text(100),
  recipientNumber: z.string().regex(/^\+?[0-9 ()-]{3,32}$/, "Use a phone number such as +85291234567."),
  recipientCountry: text(56),
  responseCode: z.number().int(),
  status: text(50),
  exception: optionalText(),
});
const tag = z.strictObject({
  status: text(50),
  id: text(100),
  name: text(100),
  colorCode: z.string().regex(/^#[0-9A-Fa-f]{6}$/, "Use a colour such as #FF8800."),
});
const tagDeleted = tag.omit({ colorCode: true });

export const EVENT_DATA_SCHEMAS: Record<EventName, z.ZodType<Record<string, unknown>>> = {
  "contact.created": contact,
  "contact.updated": contact,
  "contact.merged": contact,
  "contact.owner_transferred": contactTransfer,
  "contact.deleted": contact,
  "enquiry.new": enquiry,
  "enquiry.handling": enquiry,
  "enquiry.closed": enquiry,
  "enquiry.missed": enquiry,
  "sms.status": sms,
  "tag.created": tag,
  "tag.updated": tag,
  "tag.deleted": tagDeleted,
};

/** Tag events keep the tag's own id as `id` (the seed's meaning); the others use the event id. */
export const keepsOwnId = (event: EventName) => event.startsWith("tag.");

export function newEventId() {
  return `evt_${crypto.randomBytes(12).toString("base64url")}`;
}

export type EventPayload = Record<string, unknown> & { id: string; eventId: string; event: EventName; occurredAt: string };

export function buildPayload(event: EventName, eventId: string, occurredAt: Date, data: Record<string, unknown>): EventPayload {
  return {
    ...data,
    eventId,
    event,
    occurredAt: occurredAt.toISOString(),
    id: keepsOwnId(event) ? String(data.id) : eventId,
  };
}

/** The example each trigger shows before the service has real events (clearly marked as one). */
export const EXAMPLE_DATA: Record<EventName, Record<string, unknown>> = {
  "contact.created": { status: "created", name: "Example Contact" },
  "contact.updated": { status: "updated", name: "Example Contact" },
  "contact.merged": { status: "merged", name: "Example Contact" },
  "contact.owner_transferred": { status: "owner_transferred", name: "Example Contact", fromOwnerID: "example-owner-1", toOwnerID: "example-owner-2" },
  "contact.deleted": { status: "deleted", name: "Example Contact" },
  "enquiry.new": { status: "new", enquiryID: "example-enquiry", displayCaseNumber: "EXAMPLE-0001", type: "inbound", channel: "web", date: "2026-01-01T09:00:00.000Z", destination: "Example Team", destinationTypes: ["team"] },
  "enquiry.handling": { status: "handling", enquiryID: "example-enquiry", displayCaseNumber: "EXAMPLE-0001", type: "inbound", channel: "web", date: "2026-01-01T09:00:00.000Z", destination: "Example Team", destinationTypes: ["team"] },
  "enquiry.closed": { status: "closed", enquiryID: "example-enquiry", displayCaseNumber: "EXAMPLE-0001", type: "inbound", channel: "web", date: "2026-01-01T09:00:00.000Z", destination: "Example Team", destinationTypes: ["team"] },
  "enquiry.missed": { status: "missed", enquiryID: "example-enquiry", displayCaseNumber: "EXAMPLE-0001", type: "inbound", channel: "web", date: "2026-01-01T09:00:00.000Z", destination: "Example Team", destinationTypes: ["team"] },
  "sms.status": { transactionId: "example-transaction", recipientNumber: "+85200000000", recipientCountry: "HK", responseCode: 200, status: "delivered", exception: null },
  "tag.created": { status: "created", id: "example-tag", name: "Example Tag", colorCode: "#FF8800" },
  "tag.updated": { status: "updated", id: "example-tag", name: "Example Tag", colorCode: "#FF8800" },
  "tag.deleted": { status: "deleted", id: "example-tag", name: "Example Tag" },
};

export function examplePayload(event: EventName): EventPayload {
  return buildPayload(event, "evt_example", new Date("2026-01-01T09:00:00.000Z"), EXAMPLE_DATA[event]);
}

/**
 * The field that marks the console's "Send test event" payloads (`"test": true`): they reach the
 * subscription like any event, but samples leave them out. No event's data has this field.
 */
export const TEST_EVENT_FIELD = "test";

export function testEventPayload(event: EventName, eventId: string, occurredAt: Date): EventPayload {
  return { ...buildPayload(event, eventId, occurredAt, EXAMPLE_DATA[event]), [TEST_EVENT_FIELD]: true };
}
