import { log } from "@/lib/log";
import { jsonResponse } from "./response";

/** The one error table: every code the API answers with, its status and default sentence. */
export const API_ERRORS = {
  invalid_json: { status: 400, message: "The request body is not valid JSON." },
  bad_request: { status: 400, message: "The request is malformed." },
  unauthenticated: { status: 401, message: "Sign in to continue." },
  invalid_credentials: { status: 401, message: "The App ID or App Token is not valid." },
  forbidden: { status: 403, message: "Your role does not allow this action." },
  cross_origin: { status: 403, message: "This request did not come from the console." },
  not_found: { status: 404, message: "Not found." },
  method_not_allowed: { status: 405, message: "This method is not allowed here." },
  name_taken: { status: 409, message: "A Zapier account with this name already exists in your service." },
  limit_reached: { status: 409, message: "Your service already has the maximum number of Zapier accounts." },
  not_retryable: { status: 409, message: "Only a failed delivery whose REST hook still exists can be retried." },
  idempotency_conflict: { status: 409, message: "This Idempotency-Key was already used with a different request." },
  payload_too_large: { status: 413, message: "The request body is larger than 16 KiB." },
  unsupported_media_type: { status: 415, message: "Send the request body as application/json." },
  invalid_input: { status: 422, message: "The request is not valid." },
  rate_limited: { status: 429, message: "Too many requests. Try again later." },
  internal_error: { status: 500, message: "Something went wrong on our side. Try again." },
  platform_unavailable: { status: 502, message: "The CINNOX platform did not answer as expected. Try again." },
} as const;

export type ApiErrorCode = keyof typeof API_ERRORS;

export class ApiError extends Error {
  readonly code: ApiErrorCode;
  readonly field?: string;
  readonly headers?: Record<string, string>;

  constructor(code: ApiErrorCode, message?: string, options: { field?: string; headers?: Record<string, string> } = {}) {
    super(message ?? API_ERRORS[code].message);
    this.code = code;
    this.field = options.field;
    this.headers = options.headers;
  }

  get status(): number {
    return API_ERRORS[this.code].status;
  }
}

export function errorResponse(error: ApiError): Response {
  const body: { error: { code: string; message: string; field?: string } } = {
    error: { code: error.code, message: error.message },
  };
  if (error.field !== undefined) body.error.field = error.field;
  return jsonResponse(body, error.status, { "Cache-Control": "no-store", ...error.headers });
}

/** Any thrown value → a JSON error response; the unexpected ones are logged and answered generically. */
export function toErrorResponse(error: unknown, context: string): Response {
  if (error instanceof ApiError) return errorResponse(error);
  // The context (a method and path) and the message may carry request input: one escaped line.
  log.error(context, `unexpected error: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`);
  return errorResponse(new ApiError("internal_error"));
}

type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/**
 * The handler a route exports for the methods it does not serve: 405 in the API's error format with an
 * `Allow` header, where Next would answer an empty 405. Nothing is read or checked before it.
 */
export function methodNotAllowed(...allowed: HttpMethod[]): () => Promise<Response> {
  const allow = allowed.join(", ");
  return async () =>
    errorResponse(new ApiError("method_not_allowed", `This endpoint accepts ${allow} only.`, { headers: { Allow: allow } }));
}
