import { z } from "zod";
import { ACTIONS } from "@/contract/actions";
import { fieldSchema } from "./text";

const [typeField] = ACTIONS.find_numbers.fields;
export const numbersQuery = z.object({ type: typeField ? fieldSchema(typeField).optional() : z.never() });
export type NumbersQuery = z.output<typeof numbersQuery>;

export const numberTypeSchema = z.object({ id: z.string().min(1), name: z.string().min(1) });
export type NumberType = z.output<typeof numberTypeSchema>;

export const serviceNumberSchema = z.object({ id: z.string().min(1), ServiceID: z.string().min(1), Number: z.string().min(1), type: z.string().min(1) });
export type ServiceNumber = z.output<typeof serviceNumberSchema>;
