import { z } from "zod";
import { text } from "@/lib/validation/text";

/** The sandbox controls' inputs, shared by the routes and the page's forms. */
const name = (max: number) => text().trim().min(1).max(max);
const optionalName = (max: number) => text().trim().max(max).optional();
const id = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, "Choose one from the list.");

export const contactInputSchema = z
  .strictObject({ firstName: optionalName(100), lastName: optionalName(100) })
  .refine((v) => Boolean(v.firstName || v.lastName), { message: "Give a first name, a last name or both.", path: ["firstName"] });
export const mergeInputSchema = z.strictObject({ intoId: id });
export const transferInputSchema = z.strictObject({ ownerId: id });
export const enquiryStatusSchema = z.strictObject({ status: z.enum(["handling", "closed", "missed"]) });
export const tagInputSchema = z.strictObject({
  name: name(100),
  colorCode: z.string().regex(/^#[0-9A-Fa-f]{6}$/, "Use a colour such as #FF8800."),
});
export const smsInputSchema = z.strictObject({
  senderNumber: z.string().min(1, "Choose a sender number.").max(32),
  recipientNumber: z.string().regex(/^\+?[0-9 ()-]{3,32}$/, "Use a phone number such as +85291234567."),
  text: name(1600),
});

export type ContactInput = z.output<typeof contactInputSchema>;
export type TagInput = z.output<typeof tagInputSchema>;
export type SmsInput = z.output<typeof smsInputSchema>;
export type EnquiryStatus = z.output<typeof enquiryStatusSchema>["status"];
export type Source = "seed" | "sandbox" | "zap";

export interface SandboxView {
  contacts: { id: string; name: string; firstName: string | null; lastName: string | null; ownerId: string | null; ownerName: string | null; slaveContacts: string[]; source: string; updatedAt: string }[];
  enquiries: { id: string; displayCaseNumber: string; status: string; channel: string; createdAt: string; updatedAt: string; source: string }[];
  tags: { id: string; name: string; colorCode: string; source: string; createdAt: string }[];
  staff: { id: string; name: string; email: string | null; department: string | null }[];
  messages: { id: string; to: string; kind: "staff" | "room"; text: string; sentAt: string; source: string }[];
  sms: { id: string; transactionId: string; senderNumber: string; recipientNumber: string; text: string; status: string; responseCode: number; createdAt: string; source: string }[];
  numbers: string[];
}
