import { z } from "zod";
import { ACTIONS, ENQUIRY_KEYS } from "@/contract/actions";
import { fieldSchema, nullish } from "./text";

const [displayCaseNumber] = ACTIONS.find_enquiry.fields;
export const findEnquiriesQuery = z.object({ displayCaseNumber: displayCaseNumber ? fieldSchema(displayCaseNumber) : z.never() });
export type FindEnquiriesQuery = z.output<typeof findEnquiriesQuery>;

type Key = (typeof ENQUIRY_KEYS)[number];
export type Enquiry = Record<Exclude<Key, "id" | "displayCaseNumber" | "status">, unknown> & { id: string; displayCaseNumber: string; status: string };
/** Every key of the help page's table, null when absent; the identifying ones must be there. */
export const enquirySchema = z.object({
  ...Object.fromEntries(ENQUIRY_KEYS.map((k) => [k, nullish(z.unknown())])),
  id: z.string().min(1),
  displayCaseNumber: z.string().min(1),
  status: z.string().min(1),
}) as unknown as z.ZodType<Enquiry>;
