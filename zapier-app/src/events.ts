/**
 * The 13 CINNOX triggers, one row each: everything a trigger needs is derived from this table.
 * Field lists mirror the console's event catalogue (lib/events/catalog.ts in the console repo);
 * this app is pushed to Zapier on its own, so it keeps its own copy.
 */
export interface TriggerRow {
  event: string;
  key: string;
  noun: string;
  label: string;
  description: string;
  sampleData: Record<string, unknown>;
}

const contact = (status: string) => ({ status, name: "Example Contact" });
const enquiry = (status: string) => ({
  status,
  enquiryID: "example-enquiry",
  displayCaseNumber: "EXAMPLE-0001",
  type: "inbound",
  channel: "web",
  date: "2026-01-01T09:00:00.000Z",
  destination: "Example Team",
  destinationTypes: ["team"],
});
const tag = (status: string) => ({ status, id: "example-tag", name: "Example Tag", colorCode: "#FF8800" });

export const TRIGGERS: TriggerRow[] = [
  { event: "contact.created", key: "contact_created", noun: "Contact", label: "Contact Created", description: "Triggers when a contact is added in CINNOX.", sampleData: contact("created") },
  { event: "contact.updated", key: "contact_updated", noun: "Contact", label: "Contact Updated", description: "Triggers when a contact is edited in CINNOX.", sampleData: contact("updated") },
  { event: "contact.merged", key: "contact_merged", noun: "Contact", label: "Contact Merged", description: "Triggers when contacts are merged in CINNOX.", sampleData: contact("merged") },
  {
    event: "contact.owner_transferred",
    key: "contact_owner_transferred",
    noun: "Contact",
    label: "Contact Ownership Transferred",
    description: "Triggers when a contact's owner changes in CINNOX.",
    sampleData: { ...contact("owner_transferred"), fromOwnerID: "example-owner-1", toOwnerID: "example-owner-2" },
  },
  { event: "contact.deleted", key: "contact_deleted", noun: "Contact", label: "Contact Deleted", description: "Triggers when a contact is deleted in CINNOX.", sampleData: contact("deleted") },
  { event: "enquiry.new", key: "enquiry_new", noun: "Enquiry", label: "New Enquiry", description: "Triggers when a new enquiry arrives in CINNOX.", sampleData: enquiry("new") },
  { event: "enquiry.handling", key: "enquiry_handling", noun: "Enquiry", label: "Enquiry Handling", description: "Triggers when a staff member starts handling an enquiry.", sampleData: enquiry("handling") },
  { event: "enquiry.closed", key: "enquiry_closed", noun: "Enquiry", label: "Enquiry Closed", description: "Triggers when an enquiry is closed.", sampleData: enquiry("closed") },
  { event: "enquiry.missed", key: "enquiry_missed", noun: "Enquiry", label: "Enquiry Missed", description: "Triggers when an enquiry is missed.", sampleData: enquiry("missed") },
  {
    event: "sms.status",
    key: "sms_status",
    noun: "SMS",
    label: "SMS Status Updated",
    description: "Triggers when the delivery status of an SMS sent from CINNOX changes.",
    sampleData: { transactionId: "example-transaction", recipientNumber: "+85200000000", recipientCountry: "HK", responseCode: 200, status: "delivered", exception: null },
  },
  { event: "tag.created", key: "tag_created", noun: "Tag", label: "Tag Created", description: "Triggers when a tag is created in CINNOX.", sampleData: tag("created") },
  { event: "tag.updated", key: "tag_updated", noun: "Tag", label: "Tag Updated", description: "Triggers when a tag is edited in CINNOX.", sampleData: tag("updated") },
  {
    event: "tag.deleted",
    key: "tag_deleted",
    noun: "Tag",
    label: "Tag Deleted",
    description: "Triggers when a tag is deleted in CINNOX.",
    sampleData: { status: "deleted", id: "example-tag", name: "Example Tag" },
  },
];

/** What every delivered payload carries besides the event's own fields. */
export function samplePayload(row: TriggerRow): Record<string, unknown> {
  const eventId = "evt_example";
  return {
    ...row.sampleData,
    eventId,
    event: row.event,
    occurredAt: "2026-01-01T09:00:00.000Z",
    id: row.event.startsWith("tag.") ? row.sampleData.id : eventId,
  };
}
