import { z } from "zod";
import { ACTIONS, CONTACT_FIELDS, CONTACT_KEYS, type ContactInputKey } from "@/contract/actions";
import { fieldSchema, nullish, textRule } from "./text";

const shape = () =>
  Object.fromEntries(CONTACT_FIELDS.map((field) => [field.key, fieldSchema(field).nullable().optional()])) as unknown as Record<
    ContactInputKey,
    z.ZodOptional<z.ZodNullable<z.ZodType<string>>>
  >;

const names = (v: Record<string, unknown>) => Boolean(v.first_name) || Boolean(v.last_name);

/** POST /contacts. Unknown fields (custom fields are not supported) answer 422 naming them; null means not given. */
export type CreateContactInput = Partial<Record<ContactInputKey, string | null>>;
export const createContactBody: z.ZodType<CreateContactInput> = z.strictObject(shape()).refine(names, {
  message: "Give first_name, last_name or both.",
  path: ["first_name"],
});

/** PATCH /contacts/{contactId}: only the fields sent change; null clears one. */
export type UpdateContactInput = CreateContactInput;
export const updateContactBody: z.ZodType<UpdateContactInput> = z.strictObject(shape()).refine((v) => Object.keys(v).length > 0, {
  message: "Send at least one field to change.",
});

export const contactIdParam = textRule("contactId", 100);

/** GET /contacts: one of fullName, email or phone; none lists the service's contacts (the dropdown). */
const [fullNameField, emailField, phoneField] = ACTIONS.find_contact.fields;
export const findContactsQuery = z
  .object({
    fullName: fullNameField ? fieldSchema(fullNameField).optional() : z.never(),
    email: emailField ? fieldSchema(emailField).optional() : z.never(),
    phone: phoneField ? fieldSchema(phoneField).optional() : z.never(),
  })
  .refine((q) => [q.fullName, q.email, q.phone].filter((v) => v !== undefined).length <= 1, {
    message: "Give one of fullName, email or phone.",
    path: ["fullName"],
  });
export type FindContactsQuery = z.output<typeof findContactsQuery>;

const str = nullish(z.string());
const inputShape = Object.fromEntries(CONTACT_FIELDS.map((field) => [field.key, str]));

export type CreatedContact = { id: string } & Record<ContactInputKey, string | null>;
export const createdContactSchema = z.object({ id: z.string().min(1), ...inputShape }) as unknown as z.ZodType<CreatedContact>;

export type UpdatedContact = CreatedContact & { contact_id: string };
export const updatedContactSchema = z.object({ id: z.string().min(1), ...inputShape, contact_id: z.string().min(1) }) as unknown as z.ZodType<UpdatedContact>;

export interface ContactAddress {
  street: string | null;
  city: string | null;
  state: string | null;
  zipCode: string | null;
  country: string | null;
}
type ContactKey = (typeof CONTACT_KEYS)[number];
export type Contact = Record<Exclude<ContactKey, "id" | "addresses" | "sharedWith" | "slavecontacts">, string | null> & {
  id: string;
  addresses: ContactAddress[];
  sharedWith: string[];
  slavecontacts: string[];
};
const address = z.object({ street: str, city: str, state: str, zipCode: str, country: str });
export const contactSchema = z.object({
  ...Object.fromEntries(CONTACT_KEYS.map((k) => [k, str])),
  id: z.string().min(1),
  addresses: z.array(address).default([]),
  sharedWith: z.array(z.string()).default([]),
  slavecontacts: z.array(z.string()).default([]),
}) as unknown as z.ZodType<Contact>;
