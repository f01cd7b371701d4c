import type http from "node:http";
import type { z } from "zod";
import { parseJsonBody } from "@/lib/api/body";
import { ApiError, toErrorResponse } from "@/lib/api/errors";
import { createLimiter, rateLimitHeaders, type Limiter } from "@/lib/rate-limit";
import { env } from "@/lib/env";
import { log } from "@/lib/log";
import { clientAddress } from "@/lib/request";
import { touchLastUsed, verifyAppCredentials, type AppPrincipal } from "./credentials";
import { recordRequest } from "./request-log";

/** What a handler may add to the request log entry of its call (ids only: never text or contact details). */
export interface RequestNote {
  touched?: string[];
  idempotentReplay?: boolean;
  action?: string;
}

export interface AppContext<B> {
  req: Request;
  principal: AppPrincipal;
  params: Record<string, string>;
  query: URLSearchParams;
  body: B;
  record(note: RequestNote): void;
}

/**
 * What the route table hands every handler: the request, its path parameters, the route's path
 * template and, under node, the node request (the body is read from it) and response (headers
 * known before the answer go straight on it).
 */
export interface RouteInput {
  req: Request;
  params: Record<string, string>;
  path: string;
  /** Under node: the request itself (its body is read from it) and the response. */
  incoming?: http.IncomingMessage;
  outgoing?: http.ServerResponse;
}
export type RouteHandler = (input: RouteInput) => Promise<Response>;

/**
 * A handler's context. A class, not an object literal with a getter: a literal's getter is a
 * new closure per call, and V8 keeps such accessors in hidden classes that only a major GC
 * frees, so every call's closure (and the request it captured) outlived the young generation
 * (measured under /me load: ~800 KB promoted per minor GC with the literal, 19 KB with this class).
 */
class CallContext<B> implements AppContext<B> {
  #query: URLSearchParams | undefined;
  constructor(
    readonly req: Request,
    readonly principal: AppPrincipal,
    readonly params: Record<string, string>,
    readonly body: B,
    readonly record: (note: RequestNote) => void,
  ) {}
  /** Parsed only when a handler reads it. */
  get query(): URLSearchParams {
    return (this.#query ??= new URL(this.req.url).searchParams);
  }
}

let limiters: { perAccount: Limiter; authFailures: Limiter } | undefined;
const limits = () =>
  (limiters ??= {
    perAccount: createLimiter("zapier-api", env().ZAPIER_API_RATE_LIMIT, 60, { lease: 10 }),
    // Failed authentications per address: the same answer whether or not the App ID exists. Only
    // failures count, and only failures are refused: many Zaps share Zapier's egress addresses, so
    // someone else's bad requests from one must never lock out valid credentials.
    authFailures: createLimiter("zapier-auth-failures", env().ZAPIER_AUTH_FAILURE_LIMIT, 60),
  });

function bearer(req: Request): string | null {
  const header = req.headers.get("authorization");
  const match = header?.match(/^Bearer\s+(\S+)\s*$/i);
  return match?.[1] ?? null;
}

function withHeaders(response: Response, headers: Record<string, string>) {
  for (const [k, v] of Object.entries(headers)) response.headers.set(k, v);
  return response;
}

const lastUsedFailed = (e: unknown) => log.error("zapier-api", `lastUsedAt update failed: ${(e as Error).message}`);

/**
 * The wrapper for every Base URL endpoint: App ID + App Token → 401 invalid_credentials, or 429
 * once the address is past its failure limit; valid credentials go on to the per-account
 * limit (429 + Retry-After + X-RateLimit-*), then params, query and body; the call is written to
 * the request log and lastUsedAt touched (at most once a minute) after the response.
 *
 * This is the hot path of the service (GET /me is the call Zapier makes most): no work that the
 * call does not need (the query string is parsed only when read, lastUsedAt is not scheduled
 * when it was written in the last minute), and the rate-limit headers go on the node response
 * as a plain record.
 */
export function withAppAuth<S extends z.ZodType | undefined = undefined>(
  options: { action: string; body?: S },
  handler: (ctx: AppContext<S extends z.ZodType ? z.output<S> : undefined>) => Promise<Response>,
): RouteHandler {
  return async ({ req, params, path, incoming, outgoing }) => {
    const started = performance.now();
    let limitHeaders: Record<string, string> | undefined;
    let principal: AppPrincipal | null = null;
    let note: RequestNote | undefined;
    let response: Response;
    try {
      principal = await verifyAppCredentials(req.headers.get("x-app-id"), bearer(req));
      if (!principal) {
        const failures = await limits().authFailures.consume(clientAddress(req.headers));
        if (!failures.allowed) {
          throw new ApiError("rate_limited", "Too many failed authentications. Try again later.", { headers: rateLimitHeaders(failures) });
        }
        throw new ApiError("invalid_credentials");
      }
      const limit = await limits().perAccount.consume(principal.accountId);
      if (!limit.allowed) throw new ApiError("rate_limited", undefined, { headers: rateLimitHeaders(limit) });
      limitHeaders = rateLimitHeaders(limit);
      // Known before the answer: on the node response they cost a plain setHeader each.
      if (outgoing) for (const name in limitHeaders) outgoing.setHeader(name, limitHeaders[name] as string);
      if (!principal.recentlyUsed) {
        const who = principal;
        setImmediate(() => void touchLastUsed(who).catch(lastUsedFailed));
      }
      for (const key in params) if ((params[key] as string).length > 200) throw new ApiError("not_found");
      const body = options.body ? await parseJsonBody(req, options.body, { incoming }) : undefined;
      const ctx = new CallContext(req, principal, params, body as never, (n: RequestNote) => void (note = { ...note, ...n }));
      response = await handler(ctx);
      if (!outgoing) withHeaders(response, limitHeaders);
    } catch (error) {
      response = toErrorResponse(error, `${req.method} ${path}`);
      if (limitHeaders && !outgoing) withHeaders(response, limitHeaders);
    }
    if (principal) {
      recordRequest({
        serviceId: principal.serviceId,
        accountId: principal.accountId,
        method: req.method,
        path,
        action: note?.action ?? options.action,
        status: response.status,
        durationMs: Math.round(performance.now() - started),
        idempotentReplay: note?.idempotentReplay ?? false,
        touched: note?.touched ?? NOTHING_TOUCHED,
        ipAddress: clientAddress(req.headers),
        createdAt: Date.now(),
      });
    }
    return response;
  };
}

const NOTHING_TOUCHED: string[] = [];
