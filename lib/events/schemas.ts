import { z } from "zod";
import { EVENT_DATA_SCHEMAS, EVENT_NAMES, type EventName } from "./catalog";

export const ingestEnvelopeSchema = z.strictObject({
  serviceId: z.string({ error: "serviceId is required (the id /me returns as service.id)." }).min(1).max(64),
  event: z.enum(EVENT_NAMES, { error: `event must be one of: ${EVENT_NAMES.join(", ")}.` }),
  data: z.record(z.string(), z.unknown(), { error: "data must be an object with the event's fields." }),
  occurredAt: z.iso.datetime({ offset: true, error: "occurredAt must be an ISO 8601 date-time." }).optional(),
});

export interface IngestInput {
  serviceId: string;
  event: EventName;
  data: Record<string, unknown>;
  occurredAt?: string;
}

/** Validates the envelope, then `data` against its event's schema: the first failing field wins. */
export function parseIngest(body: unknown): { ok: true; value: IngestInput } | { ok: false; error: z.ZodError; prefix: string[] } {
  const envelope = ingestEnvelopeSchema.safeParse(body);
  if (!envelope.success) return { ok: false, error: envelope.error, prefix: [] };
  const data = EVENT_DATA_SCHEMAS[envelope.data.event].safeParse(envelope.data.data);
  if (!data.success) return { ok: false, error: data.error, prefix: ["data"] };
  return { ok: true, value: { ...envelope.data, data: data.data } };
}
