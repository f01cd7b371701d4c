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

// GSM 03.38: the basic set (one septet each) and the extension table (an escape + one septet).
const GSM_BASIC = new Set(
  "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà",
);
const GSM_EXTENDED = new Set("^{}\\[~]|€\f");

/** How many parts the carrier bills: GSM-7 160 in one part, 153 per part; otherwise UCS-2 70 / 67 (UTF-16 units). */
export function smsSegments(text: string): number {
  let septets = 0;
  let gsm = true;
  for (const ch of text) {
    if (GSM_BASIC.has(ch)) septets += 1;
    else if (GSM_EXTENDED.has(ch)) septets += 2;
    else {
      gsm = false;
      break;
    }
  }
  if (gsm) return septets <= 160 ? 1 : Math.ceil(septets / 153);
  const units = text.length;
  return units <= 70 ? 1 : Math.ceil(units / 67);
}
