import type { z } from "zod";
import { zodToApiError } from "@/lib/api/body";
import { jsonResponse } from "@/lib/api/response";
import type { AppPrincipal } from "@/lib/zapier-api/credentials";
import type { RequestNote } from "@/lib/zapier-api/handler";
import type { WorkspaceCaller } from "@/lib/workspace";

/** What the request log accepts from a handler (never message text or contact details). */
export type RecordEntry = RequestNote;

/** The part of the Base URL handler context (lib/zapier-api/handler.ts) the actions use. */
export interface ActionContext<B = unknown> {
  req: Request;
  principal: AppPrincipal;
  params: Record<string, string>;
  body: B;
  record(entry: RecordEntry): void;
}

export const callerOf = (ctx: { principal: AppPrincipal }): WorkspaceCaller => ({ serviceId: ctx.principal.serviceId, accountId: ctx.principal.accountId });

/**
 * The query string as an object for a schema: the first value of each parameter; an empty value
 * counts as not given (Zapier sends unmapped optional fields empty). Unknown parameters are ignored.
 */
export function parseQuery<S extends z.ZodType>(req: Request, schema: S): z.output<S> {
  const values: Record<string, string> = {};
  for (const [key, value] of new URL(req.url).searchParams) if (!(key in values) && value !== "") values[key] = value;
  const parsed = schema.safeParse(values);
  if (!parsed.success) throw zodToApiError(parsed.error);
  return parsed.data;
}

const NO_STORE = { "Cache-Control": "no-store" };

/** A JSON answer, parsed by its output schema first so that nothing outside it leaves. */
export function answer<T>(status: number, key: string, schema: z.ZodType<T>, value: unknown): Response {
  return jsonResponse({ [key]: schema.parse(value) }, status, NO_STORE);
}

/** At most this many ids of one answer go into the request log. */
export const MAX_TOUCHED = 25;
export const touchedIds = (items: { id: string }[]) => items.slice(0, MAX_TOUCHED).map((i) => i.id);
