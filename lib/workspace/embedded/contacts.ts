import { ApiError } from "@/lib/api/errors";
import { prisma } from "@/lib/db";
import { afterEventsCommitted, emitEvent } from "@/lib/events/emit";
import type { Prisma as P } from "@/lib/generated/prisma/client";
import { MAX_CONTACTS, type WorkspaceCaller } from "../port";
import type { Contact, CreateContactInput, CreatedContact, FindContactsQuery, UpdateContactInput, UpdatedContact } from "../schemas";

type Row = P.WorkspaceContactGetPayload<{ include: { owner: { select: { id: true; name: true; department: true } } } }>;
type Address = { street: string | null; city: string | null; state: string | null; zipCode: string | null; country: string | null };

const PHONE_COLUMN = { Mobile: "mobilePhone", Work: "workPhone", Home: "homePhone", Other: "otherPhone" } as const;
const EMAIL_COLUMN = { Work: "email", Personal: "personalEmail", Other: "otherEmail" } as const;
const SOCIAL_COLUMN = { Facebook: "facebook", WhatsApp: "whatsApp", WeChat: "weChat", LINE: "line", Twitter: "twitter", LinkedIn: "linkedin" } as const;
type PhoneType = keyof typeof PHONE_COLUMN;
type EmailType = keyof typeof EMAIL_COLUMN;
type SocialType = keyof typeof SOCIAL_COLUMN;

/** Case- and width-insensitive form of a name: NFKC, lower case, single spaces. */
export const nameKey = (value: string) => value.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim();
export const fullNameOf = (first: string | null, last: string | null) => [first, last].filter(Boolean).join(" ");

const EMPTY_ADDRESS: Address = { street: null, city: null, state: null, zipCode: null, country: null };
const addressesOf = (row: { addresses: P.JsonValue }) => (Array.isArray(row.addresses) ? (row.addresses as unknown as Address[]) : []);

/** The stored contact as the Create and Update actions name its fields. */
function inputShape(row: Row): CreatedContact {
  const address = addressesOf(row)[0] ?? EMPTY_ADDRESS;
  const phoneType = (row.phoneType in PHONE_COLUMN ? row.phoneType : "Mobile") as PhoneType;
  const emailType = (row.emailType in EMAIL_COLUMN ? row.emailType : "Work") as EmailType;
  const socialType = row.socialType && row.socialType in SOCIAL_COLUMN ? (row.socialType as SocialType) : null;
  return {
    id: row.id,
    first_name: row.firstName,
    last_name: row.lastName,
    level: row.level,
    type: row.customerType,
    phone_type: phoneType,
    phone_number: row[PHONE_COLUMN[phoneType]],
    email_type: emailType,
    email_address: row[EMAIL_COLUMN[emailType]],
    company: row.companyName,
    job_title: row.jobTitle,
    team: row.department,
    group: row.group,
    language: row.language,
    birth_date: row.birthday,
    zip_code: address.zipCode,
    street: address.street,
    city: address.city,
    state: address.state,
    country: address.country,
    social_messaging_type: socialType,
    social_messaging_name_id: socialType ? row[SOCIAL_COLUMN[socialType]] : null,
  };
}

/** The stored contact as Find External Contact answers it. */
export function contactView(row: Row): Contact {
  return {
    id: row.id,
    firstName: row.firstName,
    lastName: row.lastName,
    mobilePhone: row.mobilePhone,
    workPhone: row.workPhone,
    homePhone: row.homePhone,
    otherPhone: row.otherPhone,
    email: row.email,
    personalEmail: row.personalEmail,
    otherEmail: row.otherEmail,
    facebook: row.facebook,
    whatsApp: row.whatsApp,
    weChat: row.weChat,
    line: row.line,
    twitter: row.twitter,
    linkedin: row.linkedin,
    companyName: row.companyName,
    department: row.department,
    jobTitle: row.jobTitle,
    birthday: row.birthday,
    language: row.language,
    addresses: addressesOf(row),
    customerType: row.customerType,
    group: row.group,
    level: row.level,
    ownerID: row.owner?.id ?? null,
    ownerName: row.owner?.name ?? null,
    ownerDepartment: row.owner?.department ?? null,
    sharedWith: Array.isArray(row.sharedWith) ? (row.sharedWith as string[]) : [],
    slavecontacts: Array.isArray(row.slaveContacts) ? (row.slaveContacts as string[]) : [],
  };
}

const include = { owner: { select: { id: true, name: true, department: true } } } as const;

type Draft = Omit<Row, "id" | "serviceId" | "createdAt" | "updatedAt" | "owner" | "ownerId" | "sharedWith" | "slaveContacts" | "addresses" | "source"> & { addresses: Address[] };

const draftOf = (row: Row): Draft => {
  const draft: Record<string, unknown> = { ...row, addresses: addressesOf(row) };
  for (const key of ["id", "serviceId", "createdAt", "updatedAt", "owner", "ownerId", "sharedWith", "slaveContacts", "source"]) delete draft[key];
  return draft as Draft;
};

const BLANK: Draft = {
  firstName: null, lastName: null, fullNameKey: "", mobilePhone: null, workPhone: null, homePhone: null, otherPhone: null,
  email: null, personalEmail: null, otherEmail: null, facebook: null, whatsApp: null, weChat: null, line: null, twitter: null,
  linkedin: null, companyName: null, department: null, jobTitle: null, birthday: null, language: null, addresses: [],
  customerType: null, group: null, level: null, phoneType: "Mobile", emailType: "Work", socialType: null,
};

/** Applies the fields given (null clears one) to a contact; the same rules for Create and Update. */
function apply(draft: Draft, input: UpdateContactInput): Draft {
  const next: Draft = { ...draft, addresses: draft.addresses.map((a) => ({ ...a })) };
  const has = (key: keyof UpdateContactInput) => Object.prototype.hasOwnProperty.call(input, key) && input[key] !== undefined;
  const v = (key: keyof UpdateContactInput) => input[key] ?? null;
  if (has("first_name")) next.firstName = v("first_name");
  if (has("last_name")) next.lastName = v("last_name");
  if (has("level")) next.level = v("level");
  if (has("type")) next.customerType = v("type");
  if (has("company")) next.companyName = v("company");
  if (has("job_title")) next.jobTitle = v("job_title");
  if (has("team")) next.department = v("team");
  if (has("group")) next.group = v("group");
  if (has("language")) next.language = v("language");
  if (has("birth_date")) next.birthday = v("birth_date");

  // A typed value (phone, email, social id): a new type moves the current value to it, unless a new value comes with it.
  const typed = <T extends string>(columns: Record<T, keyof Draft>, current: T | null, typeKey: keyof UpdateContactInput, valueKey: keyof UpdateContactInput, fallback: T | null) => {
    const type = (has(typeKey) ? (v(typeKey) as T | null) : current) ?? fallback;
    const value = has(valueKey) ? v(valueKey) : current ? (draft[columns[current]] as string | null) : null;
    if (current && type !== current) (next[columns[current]] as string | null) = null;
    if (type) (next[columns[type]] as string | null) = value;
    else if (value !== null) throw new ApiError("invalid_input", `Give ${String(typeKey)} with ${String(valueKey)}.`, { field: String(typeKey) });
    return type;
  };
  next.phoneType = typed(PHONE_COLUMN, draft.phoneType as PhoneType, "phone_type", "phone_number", "Mobile") ?? "Mobile";
  next.emailType = typed(EMAIL_COLUMN, draft.emailType as EmailType, "email_type", "email_address", "Work") ?? "Work";
  next.socialType = typed(SOCIAL_COLUMN, draft.socialType as SocialType | null, "social_messaging_type", "social_messaging_name_id", null);

  const addressKeys = { street: "street", city: "city", state: "state", zip_code: "zipCode", country: "country" } as const;
  if (Object.keys(addressKeys).some((k) => has(k as keyof UpdateContactInput))) {
    const address = { ...EMPTY_ADDRESS, ...next.addresses[0] };
    for (const [from, to] of Object.entries(addressKeys)) if (has(from as keyof UpdateContactInput)) address[to] = v(from as keyof UpdateContactInput);
    next.addresses = [address, ...next.addresses.slice(1)];
  }
  if (!next.firstName && !next.lastName) throw new ApiError("invalid_input", "A contact keeps a first_name, a last_name or both.", { field: "first_name" });
  next.fullNameKey = nameKey(fullNameOf(next.firstName, next.lastName));
  return next;
}

const toData = (draft: Draft) => ({ ...draft, addresses: draft.addresses as unknown as P.InputJsonValue });

export async function createContact(caller: WorkspaceCaller, input: CreateContactInput): Promise<CreatedContact> {
  const draft = apply(BLANK, input);
  const { row, emitted } = await prisma.$transaction(async (tx) => {
    const row = await tx.workspaceContact.create({ data: { serviceId: caller.serviceId, ...toData(draft) }, include });
    const emitted = await emitEvent(tx, { serviceId: caller.serviceId, event: "contact.created", data: { status: "created", name: fullNameOf(row.firstName, row.lastName) } });
    return { row, emitted };
  });
  afterEventsCommitted([emitted]);
  return inputShape(row);
}

export async function updateContact(caller: WorkspaceCaller, contactId: string, input: UpdateContactInput): Promise<UpdatedContact> {
  const { row, emitted } = await prisma.$transaction(async (tx) => {
    // Locked so that two updates of one contact apply one after the other, each to the other's result.
    const locked = await tx.$queryRaw<{ id: string }[]>`
      SELECT "id" FROM "WorkspaceContact" WHERE "id" = ${contactId} AND "serviceId" = ${caller.serviceId} FOR UPDATE`;
    if (locked.length === 0) throw new ApiError("not_found", "No contact with this contactId in your service.", { field: "contactId" });
    const current = await tx.workspaceContact.findFirstOrThrow({ where: { id: contactId, serviceId: caller.serviceId }, include });
    const draft = apply(draftOf(current), input);
    const row = await tx.workspaceContact.update({ where: { id: current.id }, data: { ...toData(draft), source: "zap" }, include });
    const emitted = await emitEvent(tx, { serviceId: caller.serviceId, event: "contact.updated", data: { status: "updated", name: fullNameOf(row.firstName, row.lastName) } });
    return { row, emitted };
  });
  afterEventsCommitted([emitted]);
  return { ...inputShape(row), contact_id: row.id };
}

/** Exact full name first (case- and width-insensitive), then names containing every word; or by email or phone. */
export async function findContacts(caller: WorkspaceCaller, query: FindContactsQuery): Promise<Contact[]> {
  const serviceId = caller.serviceId;
  const orderBy = [{ firstName: "asc" as const }, { lastName: "asc" as const }, { id: "asc" as const }];
  if (query.fullName !== undefined) {
    const key = nameKey(query.fullName);
    const words = key.split(" ").filter(Boolean);
    if (words.length === 0) return [];
    const [exact, partial] = await prisma.$transaction([
      prisma.workspaceContact.findMany({ where: { serviceId, fullNameKey: key }, include, orderBy, take: MAX_CONTACTS }),
      prisma.workspaceContact.findMany({
        where: { serviceId, NOT: { fullNameKey: key }, AND: words.map((w) => ({ fullNameKey: { contains: w } })) },
        include,
        orderBy,
        take: MAX_CONTACTS,
      }),
    ]);
    return [...exact, ...partial].slice(0, MAX_CONTACTS).map(contactView);
  }
  let where: P.WorkspaceContactWhereInput = { serviceId };
  if (query.email !== undefined) {
    const email = { equals: query.email, mode: "insensitive" as const };
    where = { serviceId, OR: [{ email }, { personalEmail: email }, { otherEmail: email }] };
  } else if (query.phone !== undefined) {
    const p = query.phone;
    where = { serviceId, OR: [{ mobilePhone: p }, { workPhone: p }, { homePhone: p }, { otherPhone: p }] };
  }
  const rows = await prisma.workspaceContact.findMany({ where, include, orderBy, take: MAX_CONTACTS });
  return rows.map(contactView);
}

