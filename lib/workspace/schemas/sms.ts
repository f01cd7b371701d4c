import { z } from "zod";
import { ACTIONS, SMS_STATUSES } from "@/contract/actions";
import { fieldSchema } from "./text";

const fields = Object.fromEntries(ACTIONS.send_sms.fields.map((f) => [f.key, f]));
const rule = (key: string) => {
  const field = fields[key];
  if (!field) throw new Error(`send_sms has no field ${key}`);
  return fieldSchema(field);
};

export const sendSmsBody = z.strictObject({
  number_type: rule("number_type").optional(),
  sender_number: rule("sender_number"),
  recipient_number: rule("recipient_number"),
  text: rule("text"),
});
export type SendSmsInput = z.output<typeof sendSmsBody>;

export const smsSchema = z.object({
  id: z.string().min(1),
  transactionId: z.string().min(1),
  responseCode: z.number().int(),
  exception: z.string().nullable(),
  status: z.enum(SMS_STATUSES),
  segments: z.number().int().min(1),
  senderNumber: z.string().min(1),
  recipientNumber: z.string().min(1),
  text: z.string(),
});
export type Sms = z.output<typeof smsSchema>;

// In a module of its own (no contract import), so the console's Next bundle can use it too.
export { smsSegments } from "./segments";
