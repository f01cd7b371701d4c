import type { z } from "zod";
import { currentActor, type Actor } from "@/lib/auth/session";
import type { Role } from "@/lib/auth/options";
import { appOrigin, env } from "@/lib/env";
import { createLimiter, rateLimitHeaders, type Limiter } from "@/lib/rate-limit";
import { clientAddress, trustedProxyHops } from "@/lib/request";
import { parseJsonBody } from "./body";
import { ApiError, toErrorResponse } from "./errors";

export interface SessionContext<B> {
  req: Request;
  actor: Actor;
  ip: string;
  params: Record<string, string>;
  body: B;
}

interface Options<S extends z.ZodType | undefined> {
  /** Who may call: STAFF means staff and admins; ADMIN means admins only. */
  role: Role;
  /** JSON body schema; with `bodyOptional` an empty body parses as `{}`. */
  body?: S;
  bodyOptional?: boolean;
}

const MUTATING = new Set(["POST", "PUT", "PATCH", "DELETE"]);
// Per user, across mutations: far above what a person clicks, a wall for scripts gone wrong.
// Created on first use: the limit comes from the validated environment, which a build does not have.
let mutationLimiter: Limiter | undefined;
const mutations = () => (mutationLimiter ??= createLimiter("console-mutations", env().CONSOLE_RATE_LIMIT, 60));
const ID_RE = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * Accepts the app's own origin, or the origin the request was addressed to (what a browser
 * on this host sends; X-Forwarded-Host/-Proto count only behind a trusted proxy). Requests
 * without Origin (non-browser clients) rely on the session cookie being SameSite=Lax.
 */
function checkOrigin(req: Request) {
  const origin = req.headers.get("origin");
  if (!origin) {
    if (req.headers.get("sec-fetch-site") === "cross-site") throw new ApiError("cross_origin");
    return;
  }
  const trustProxy = trustedProxyHops() > 0;
  const host = (trustProxy && req.headers.get("x-forwarded-host")) || req.headers.get("host");
  const proto = (trustProxy && req.headers.get("x-forwarded-proto")) || new URL(req.url).protocol.replace(":", "");
  const selfOrigin = host ? `${proto}://${host}` : null;
  if (origin !== appOrigin() && origin !== selfOrigin) throw new ApiError("cross_origin");
}

/**
 * The one wrapper for session-authenticated route handlers: origin check → session (401) →
 * role (403) → rate limit (429) → params (404 when malformed) → body (400/413/415/422) →
 * handler; every error mapped through the error table.
 */
export function withSession<S extends z.ZodType | undefined = undefined>(
  options: Options<S>,
  handler: (ctx: SessionContext<S extends z.ZodType ? z.output<S> : undefined>) => Promise<Response>,
) {
  return async (req: Request, route: { params: Promise<Record<string, string | string[]>> }): Promise<Response> => {
    try {
      const mutating = MUTATING.has(req.method);
      if (mutating) checkOrigin(req);
      const actor = await currentActor();
      if (!actor) throw new ApiError("unauthenticated");
      if (options.role === "ADMIN" && actor.role !== "ADMIN") throw new ApiError("forbidden");
      if (mutating) {
        const limit = await mutations().consume(actor.userId);
        if (!limit.allowed) throw new ApiError("rate_limited", undefined, { headers: rateLimitHeaders(limit) });
      }
      const raw = (await route.params) ?? {};
      const params: Record<string, string> = {};
      for (const [key, value] of Object.entries(raw)) {
        if (typeof value !== "string" || !ID_RE.test(value)) throw new ApiError("not_found");
        params[key] = value;
      }
      const body = options.body ? await parseJsonBody(req, options.body, { optional: options.bodyOptional }) : undefined;
      return await handler({ req, actor, ip: clientAddress(req.headers), params, body: body as never });
    } catch (error) {
      return toErrorResponse(error, `${req.method} ${new URL(req.url).pathname}`);
    }
  };
}
