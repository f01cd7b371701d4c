import crypto from "node:crypto";
import { z } from "zod";
import { parseJsonBody, zodToApiError } from "@/lib/api/body";
import { ApiError, toErrorResponse } from "@/lib/api/errors";
import { jsonResponse } from "@/lib/api/response";
import { parseIngest } from "@/lib/events/schemas";
import { ingestEvent } from "@/lib/events/service";
import { env } from "@/lib/env";
import type { RouteHandler } from "./handler";

const sha256 = (value: string) => crypto.createHash("sha256").update(value).digest();

/** Constant-time: both sides are hashed to the same length before comparing. */
function authorised(req: Request) {
  const secret = env().EVENTS_INGEST_SECRET ?? "";
  const presented = req.headers.get("authorization")?.match(/^Bearer\s+(\S+)\s*$/i)?.[1] ?? "";
  return secret.length > 0 && crypto.timingSafeEqual(sha256(presented), sha256(secret));
}

/** `POST /api/internal/events`: the platform publishes an event into the outbox (202 once committed). */
export const ingest: RouteHandler = async ({ req, path, incoming }) => {
  try {
    if (!authorised(req)) throw new ApiError("unauthenticated", "A valid ingest secret is required.");
    const body = await parseJsonBody(req, z.unknown(), { incoming });
    const parsed = parseIngest(body);
    if (!parsed.ok) {
      const error = zodToApiError(parsed.error);
      const field = [...parsed.prefix, ...(error.field ? [error.field] : [])].join(".") || undefined;
      throw new ApiError("invalid_input", error.message, { field });
    }
    const result = await ingestEvent(parsed.value);
    return jsonResponse({ eventId: result.eventId, deliveries: result.deliveries }, 202);
  } catch (error) {
    return toErrorResponse(error, `POST ${path}`);
  }
};
