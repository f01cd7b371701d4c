/**
 * The 8 CINNOX actions (and the lists behind their dropdowns): one table that the console's Base URL
 * API (lib/workspace/schemas, lib/zapier/actions) and the reference Zapier app (zapier-app/src) both
 * import. Plain data on purpose: the Zapier app is pushed on its own and must not need zod; the
 * console builds its zod schemas from these rows (choices, lengths, formats).
 */

export type FieldFormat = "e164" | "email" | "date" | "language" | "text" | "multiline";

export interface ActionField {
  key: string;
  label: string;
  helpText: string;
  required?: boolean;
  /** Allowed values (an enum); the Zapier app shows them as a static dropdown. */
  choices?: readonly string[];
  /** Longest accepted value, in characters (code points). */
  maxLength: number;
  format: FieldFormat;
  /** A hidden trigger that lists the values (`trigger_key.id_field.label_field`). */
  dynamic?: string;
}

export type ActionKind = "search" | "create";

export interface ActionDef {
  /** The action's name: request log, platform forwarding (`POST {PLATFORM_URL}/zapier-actions/{name}`). */
  name: ActionName;
  kind: ActionKind | "list";
  noun: string;
  label: string;
  description: string;
  method: "GET" | "POST" | "PATCH";
  /** Below the Base URL (`{APP_URL}/api/zapier/v1`). */
  path: string;
  /** The answer's envelope key: `{ [resultKey]: … }`. */
  resultKey: string;
  fields: readonly ActionField[];
  /** Keys of one result item, in answer order. */
  outputKeys: readonly string[];
  sample: Record<string, unknown>;
}

export const ACTION_NAMES = [
  "find_enquiry",
  "create_contact",
  "find_contact",
  "update_contact",
  "list_number_types",
  "find_numbers",
  "send_sms",
  "list_staff",
  "send_staff_message",
  "list_rooms",
  "send_room_message",
] as const;
export type ActionName = (typeof ACTION_NAMES)[number];

export const CONTACT_LEVELS = ["Primary", "Secondary", "Tertiary"] as const;
export const CONTACT_TYPES = ["Lead", "Prospect", "Customer", "Others"] as const;
export const PHONE_TYPES = ["Mobile", "Work", "Home", "Other"] as const;
export const EMAIL_TYPES = ["Work", "Personal", "Other"] as const;
export const SOCIAL_TYPES = ["Facebook", "WhatsApp", "WeChat", "LINE", "Twitter", "LinkedIn"] as const;
export const ENQUIRY_STATUSES = ["new", "queuing", "handling", "closed", "missed"] as const;
export const SMS_STATUSES = ["Submitted", "Success", "Fail", "Timeout"] as const;

/** Longest SMS text (characters), and of an instant message. */
export const SMS_MAX_LENGTH = 1600;
export const MESSAGE_MAX_LENGTH = 5000;

const f = <K extends string>(key: K, label: string, helpText: string, format: FieldFormat, maxLength: number, extra: Partial<Omit<ActionField, "key">> = {}): ActionField & { key: K } => ({
  label,
  helpText,
  format,
  maxLength,
  ...extra,
  key,
});

export const CONTACT_INPUT_KEYS = [
  "first_name", "last_name", "level", "type", "phone_type", "phone_number", "email_type", "email_address", "company", "job_title",
  "team", "group", "language", "birth_date", "zip_code", "street", "city", "state", "country", "social_messaging_type",
  "social_messaging_name_id",
] as const;
export type ContactInputKey = (typeof CONTACT_INPUT_KEYS)[number];

/** The Create External Contact body (in CONTACT_INPUT_KEYS order); Update takes the same fields, each optional. */
export const CONTACT_FIELDS: readonly (ActionField & { key: ContactInputKey })[] = [
  f("first_name", "First Name", "The contact's first name. Give a first name, a last name or both.", "text", 100),
  f("last_name", "Last Name", "The contact's last name. Give a first name, a last name or both.", "text", 100),
  f("level", "Level", "The contact's level.", "text", 20, { choices: CONTACT_LEVELS }),
  f("type", "Type", "The contact's type.", "text", 20, { choices: CONTACT_TYPES }),
  f("phone_type", "Phone Type", "What kind of phone Phone Number is (Mobile when not given).", "text", 10, { choices: PHONE_TYPES }),
  f("phone_number", "Phone Number", "In international E.164 format, such as +85291234567.", "e164", 16),
  f("email_type", "Email Type", "What kind of address Email Address is (Work when not given).", "text", 10, { choices: EMAIL_TYPES }),
  f("email_address", "Email Address", "Such as chan.taiman@example.com.", "email", 254),
  f("company", "Company", "The company the contact works for.", "text", 200),
  f("job_title", "Job Title", "The contact's job title.", "text", 100),
  f("team", "Team", "The contact's team or department.", "text", 100),
  f("group", "Group", "The contact group.", "text", 100),
  f("language", "Language", "A two-letter ISO 639-1 code, such as en or zh.", "language", 2),
  f("birth_date", "Birth Date", "YYYY-MM-DD, such as 1990-04-21.", "date", 10),
  f("zip_code", "Zip Code", "Postal code of the contact's address.", "text", 20),
  f("street", "Street", "Street of the contact's address.", "text", 200),
  f("city", "City", "City of the contact's address.", "text", 100),
  f("state", "State", "State or region of the contact's address.", "text", 100),
  f("country", "Country", "Country of the contact's address.", "text", 100),
  f("social_messaging_type", "Social Messaging Type", "The social messaging app of Social Messaging Name / ID.", "text", 10, { choices: SOCIAL_TYPES }),
  f("social_messaging_name_id", "Social Messaging Name / ID", "The contact's name or ID on that app.", "text", 200),
];

export const ENQUIRY_KEYS = [
  "id", "_id", "uniqueKey", "createdAt", "svcID", "inquiry", "tag", "visitor", "roomID", "initChannel", "omniType", "ip",
  "language", "location", "locationDetail", "platform", "status", "closedByType", "displayCaseNumber", "channel",
  "destinationID", "destinationName", "destinationType", "destinationEndPoint", "handledType", "handledTarget",
  "handledPartyName", "huntedStaffTargetHistory", "channelDetail", "inquiryType", "updatedAt", "closedAt", "inquiryGroup",
  "transferredParty", "pickedUpAt", "missedAt", "reopenedAt", "handledPartyDepartment", "visitorName", "closeDuration",
  "historyJoined", "attachment", "staffFirstName", "staffLastName", "visitorFirstName", "visitorLastName",
  "inquiryDeepLink", "cid",
] as const;

export const CONTACT_KEYS = [
  "id", "firstName", "lastName", "mobilePhone", "workPhone", "homePhone", "otherPhone", "email", "personalEmail",
  "otherEmail", "facebook", "whatsApp", "weChat", "line", "twitter", "linkedin", "companyName", "department", "jobTitle",
  "birthday", "language", "addresses", "customerType", "group", "level", "ownerID", "ownerName", "ownerDepartment",
  "sharedWith", "slavecontacts",
] as const;

export const SMS_KEYS = ["id", "transactionId", "responseCode", "exception", "status", "segments", "senderNumber", "recipientNumber", "text"] as const;

const SAMPLE_CONTACT_INPUT = {
  first_name: "Tai Man",
  last_name: "Chan",
  level: "Primary",
  type: "Customer",
  phone_type: "Mobile",
  phone_number: "+85291234567",
  email_type: "Work",
  email_address: "chan.taiman@example.com",
  company: "Example Trading Ltd",
  job_title: "Buyer",
  team: "Purchasing",
  group: "VIP",
  language: "zh",
  birth_date: "1990-04-21",
  zip_code: "999077",
  street: "1 Queen's Road Central",
  city: "Hong Kong",
  state: null,
  country: "Hong Kong",
  social_messaging_type: "WhatsApp",
  social_messaging_name_id: "+85291234567",
};

export const SAMPLE_ENQUIRY: Record<string, unknown> = {
  ...Object.fromEntries(ENQUIRY_KEYS.map((k) => [k, null])),
  id: "enq_sample",
  _id: "enq_sample",
  uniqueKey: "enq_sample",
  createdAt: "2026-01-01T09:00:00.000Z",
  svcID: "svc_sample",
  inquiry: "Where is my order?",
  tag: ["VIP"],
  roomID: "room_sample",
  initChannel: "web",
  omniType: "chat",
  language: "en",
  platform: "web",
  status: "closed",
  displayCaseNumber: "C-000123",
  channel: "web",
  destinationName: "Customer Care",
  destinationType: "team",
  inquiryType: "inbound",
  updatedAt: "2026-01-01T09:30:00.000Z",
  closedAt: "2026-01-01T09:30:00.000Z",
  huntedStaffTargetHistory: [],
  transferredParty: [],
  historyJoined: [],
  attachment: [],
  visitorName: "Chan Tai Man",
  visitorFirstName: "Tai Man",
  visitorLastName: "Chan",
  staffFirstName: "Mei",
  staffLastName: "Wong",
  closeDuration: 1800,
};

export const SAMPLE_CONTACT: Record<string, unknown> = {
  id: "ctc_sample",
  firstName: "Tai Man",
  lastName: "Chan",
  mobilePhone: "+85291234567",
  workPhone: null,
  homePhone: null,
  otherPhone: null,
  email: "chan.taiman@example.com",
  personalEmail: null,
  otherEmail: null,
  facebook: null,
  whatsApp: "+85291234567",
  weChat: null,
  line: null,
  twitter: null,
  linkedin: null,
  companyName: "Example Trading Ltd",
  department: "Purchasing",
  jobTitle: "Buyer",
  birthday: "1990-04-21",
  language: "zh",
  addresses: [{ street: "1 Queen's Road Central", city: "Hong Kong", state: null, zipCode: "999077", country: "Hong Kong" }],
  customerType: "Customer",
  group: "VIP",
  level: "Primary",
  ownerID: "stf_sample",
  ownerName: "Mei Wong",
  ownerDepartment: "Customer Care",
  sharedWith: [],
  slavecontacts: [],
};

const idField = (key: string, label: string, helpText: string, dynamic: string): ActionField => ({
  key,
  label,
  helpText,
  required: true,
  format: "text",
  maxLength: 100,
  dynamic,
});

const messageText = (helpText: string): ActionField => ({ key: "text", label: "Message", helpText, required: true, format: "multiline", maxLength: MESSAGE_MAX_LENGTH });

export const ACTIONS: Record<ActionName, ActionDef> = {
  find_enquiry: {
    name: "find_enquiry",
    kind: "search",
    noun: "Enquiry",
    label: "Find Enquiry",
    description: "Finds an enquiry by its Display Case Number.",
    method: "GET",
    path: "/enquiries",
    resultKey: "enquiries",
    fields: [{ key: "displayCaseNumber", label: "Display Case Number", helpText: "The case number shown on the enquiry, such as C-000123.", required: true, format: "text", maxLength: 50 }],
    outputKeys: ENQUIRY_KEYS,
    sample: SAMPLE_ENQUIRY,
  },
  create_contact: {
    name: "create_contact",
    kind: "create",
    noun: "External Contact",
    label: "Create External Contact",
    description: "Creates an external contact in CINNOX. Custom fields are not supported.",
    method: "POST",
    path: "/contacts",
    resultKey: "contact",
    fields: CONTACT_FIELDS,
    outputKeys: ["id", ...CONTACT_INPUT_KEYS],
    sample: { id: "ctc_sample", ...SAMPLE_CONTACT_INPUT },
  },
  find_contact: {
    name: "find_contact",
    kind: "search",
    noun: "External Contact",
    label: "Find External Contact",
    description: "Finds external contacts by full name, email or phone: the exact full name first, then names containing every word.",
    method: "GET",
    path: "/contacts",
    resultKey: "contacts",
    fields: [
      { key: "fullName", label: "Full Name", helpText: "The contact's full name, such as Chan Tai Man. Give one of Full Name, Email or Phone.", format: "text", maxLength: 200 },
      { key: "email", label: "Email", helpText: "Any of the contact's email addresses.", format: "email", maxLength: 254 },
      { key: "phone", label: "Phone", helpText: "Any of the contact's phone numbers, in E.164 format such as +85291234567.", format: "e164", maxLength: 16 },
    ],
    outputKeys: CONTACT_KEYS,
    sample: SAMPLE_CONTACT,
  },
  update_contact: {
    name: "update_contact",
    kind: "create",
    noun: "External Contact",
    label: "Update External Contact",
    description: "Updates an external contact in CINNOX: only the fields you fill in change.",
    method: "PATCH",
    path: "/contacts/:contactId",
    resultKey: "contact",
    fields: CONTACT_FIELDS,
    outputKeys: ["id", ...CONTACT_INPUT_KEYS, "contact_id"],
    sample: { id: "ctc_sample", ...SAMPLE_CONTACT_INPUT, contact_id: "ctc_sample" },
  },
  list_number_types: {
    name: "list_number_types",
    kind: "list",
    noun: "Number Type",
    label: "Number Types",
    description: "Lists the types of the service's numbers.",
    method: "GET",
    path: "/number-types",
    resultKey: "types",
    fields: [],
    outputKeys: ["id", "name"],
    sample: { id: "mobile", name: "Mobile" },
  },
  find_numbers: {
    name: "find_numbers",
    kind: "search",
    noun: "Number",
    label: "Find Numbers",
    description: "Finds the service's numbers, of one type when given.",
    method: "GET",
    path: "/numbers",
    resultKey: "numbers",
    fields: [{ key: "type", label: "Number Type", helpText: "Only numbers of this type (all when empty).", format: "text", maxLength: 50, dynamic: "number_type_list.id.name" }],
    outputKeys: ["id", "ServiceID", "Number", "type"],
    sample: { id: "num_sample", ServiceID: "svc_sample", Number: "+85230001234", type: "mobile" },
  },
  send_sms: {
    name: "send_sms",
    kind: "create",
    noun: "SMS",
    label: "Send SMS",
    description: "Sends an SMS from one of the service's numbers.",
    method: "POST",
    path: "/sms",
    resultKey: "sms",
    fields: [
      { key: "number_type", label: "Number Type", helpText: "The type of the sender number (narrows Sender Number).", format: "text", maxLength: 50, dynamic: "number_type_list.id.name" },
      { key: "sender_number", label: "Sender Number", helpText: "One of the service's numbers, of Number Type when given.", required: true, format: "e164", maxLength: 16, dynamic: "sender_number_list.id.label" },
      { key: "recipient_number", label: "Recipient Number", helpText: "In international E.164 format, such as +85291234567.", required: true, format: "e164", maxLength: 16 },
      { key: "text", label: "Message", helpText: "1 to 1,600 characters. 160 GSM-7 characters fit one SMS (153 per part when longer); with other characters 70 (67 per part).", required: true, format: "multiline", maxLength: SMS_MAX_LENGTH },
    ],
    outputKeys: SMS_KEYS,
    sample: { id: "sms_sample", transactionId: "txn_sample", responseCode: 0, exception: null, status: "Submitted", segments: 1, senderNumber: "+85230001234", recipientNumber: "+85291234567", text: "Your order has shipped." },
  },
  list_staff: {
    name: "list_staff",
    kind: "list",
    noun: "Staff",
    label: "Staff",
    description: "Lists the service's staff members.",
    method: "GET",
    path: "/staff",
    resultKey: "staff",
    fields: [],
    outputKeys: ["id", "name", "email", "department"],
    sample: { id: "stf_sample", name: "Mei Wong", email: "mei.wong@example.com", department: "Customer Care" },
  },
  send_staff_message: {
    name: "send_staff_message",
    kind: "create",
    noun: "Message",
    label: "Send IM to Staff",
    description: "Sends an instant message to a staff member in CINNOX.",
    method: "POST",
    path: "/staff-messages",
    resultKey: "message",
    fields: [idField("staff_id", "Staff", "The staff member who receives the message.", "staff_list.id.name"), messageText("The message, up to 5,000 characters.")],
    outputKeys: ["id", "staff_id", "text", "sentAt"],
    sample: { id: "msg_sample", staff_id: "stf_sample", text: "A VIP customer is waiting.", sentAt: "2026-01-01T09:00:00.000Z" },
  },
  list_rooms: {
    name: "list_rooms",
    kind: "list",
    noun: "Room",
    label: "Rooms",
    description: "Lists the service's group rooms.",
    method: "GET",
    path: "/rooms",
    resultKey: "rooms",
    fields: [],
    outputKeys: ["id", "name"],
    sample: { id: "room_sample", name: "Customer Care" },
  },
  send_room_message: {
    name: "send_room_message",
    kind: "create",
    noun: "Message",
    label: "Send IM to Group Room",
    description: "Sends an instant message to a group room in CINNOX.",
    method: "POST",
    path: "/room-messages",
    resultKey: "message",
    fields: [idField("room_id", "Room", "The group room that receives the message.", "room_list.id.name"), messageText("The message, up to 5,000 characters.")],
    outputKeys: ["id", "room_id", "text", "sentAt"],
    sample: { id: "msg_sample", room_id: "room_sample", text: "New enquiry C-000123 needs a hand.", sentAt: "2026-01-01T09:00:00.000Z" },
  },
};

/** The Idempotency-Key header every POST and PATCH accepts (optional): 1–255 printable ASCII characters. */
export const IDEMPOTENCY_KEY_PATTERN = /^[\x20-\x7E]{1,255}$/;
export const IDEMPOTENCY_FIELD: ActionField = {
  key: "idempotency_key",
  label: "Idempotency key",
  helpText:
    "Optional. Map the trigger's Event ID here: Zapier may replay a step, and CINNOX then answers the first result again instead of acting twice (keys are kept 24 hours).",
  format: "text",
  maxLength: 255,
};
