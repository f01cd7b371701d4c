import { z } from "zod";
import { ACTIONS } from "@/contract/actions";
import { fieldSchema, isoDate } from "./text";

const [staffId, text] = ACTIONS.send_staff_message.fields;

export const sendStaffMessageBody = z.strictObject({
  staff_id: staffId ? fieldSchema(staffId) : z.never(),
  text: text ? fieldSchema(text) : z.never(),
});
export type SendStaffMessageInput = z.output<typeof sendStaffMessageBody>;

export const staffSchema = z.object({ id: z.string().min(1), name: z.string().min(1), email: z.string().nullable(), department: z.string().nullable() });
export type Staff = z.output<typeof staffSchema>;

export const staffMessageSchema = z.object({ id: z.string().min(1), staff_id: z.string().min(1), text: z.string(), sentAt: isoDate });
export type StaffMessage = z.output<typeof staffMessageSchema>;
