import { z } from "zod";
import { EVENT_DATA_SCHEMAS, EVENT_NAMES, type EventName } from "./catalog";

/**
 * How far ahead of the server's clock `occurredAt` may be: room for clock skew, not for dates
 * in the future (which would sit first in /samples for good).
 */
export const OCCURRED_AT_MAX_FUTURE_MS = 5 * 60_000;

export const ingestEnvelopeSchema = z.strictObject({
  serviceId: z.string({ error: "serviceId is required (the id /me returns as service.id)." }).min(1).max(64),
  event: z.enum(EVENT_NAMES, { error: `event must be one of: ${EVENT_NAMES.join(", ")}.` }),
  data: z.record(z.string(), z.unknown(), { error: "data must be an object with the event's fields." }),
  occurredAt: z.iso
    .datetime({ offset: true, error: "occurredAt must be an ISO 8601 date-time." })
    .refine((value) => Date.parse(value) <= Date.now() + OCCURRED_AT_MAX_FUTURE_MS, {
      error: "occurredAt must not be more than 5 minutes in the future.",
    })
    .optional(),
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
