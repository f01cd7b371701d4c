import { after } from "next/server";
import type { z } from "zod";
import { parseJsonBody } from "@/lib/api/body";
import { ApiError, toErrorResponse } from "@/lib/api/errors";
import { MemoryRateLimiter, rateLimitHeaders, type LimitResult } from "@/lib/rate-limit/memory";
import { clientAddress } from "@/lib/request";
import { touchLastUsed, verifyAppCredentials, type AppPrincipal } from "./credentials";

export interface AppContext<B> {
  req: Request;
  principal: AppPrincipal;
  params: Record<string, string>;
  body: B;
}

const perAccount = new MemoryRateLimiter(Number(process.env.ZAPIER_API_RATE_LIMIT ?? 600), 60_000);
// Failed authentications per address: the same answer whether or not the App ID exists. Only
// failures count, and only failures are refused: many Zaps share Zapier's egress addresses, so
// someone else's bad requests from one must never lock out valid credentials.
const authFailures = new MemoryRateLimiter(Number(process.env.ZAPIER_AUTH_FAILURE_LIMIT ?? 30), 60_000);

function bearer(req: Request): string | null {
  const header = req.headers.get("authorization");
  const match = header?.match(/^Bearer\s+(\S+)\s*$/i);
  return match?.[1] ?? null;
}

function withHeaders(response: Response, headers: Record<string, string>) {
  for (const [k, v] of Object.entries(headers)) response.headers.set(k, v);
  return response;
}

/**
 * The wrapper for every Base URL endpoint: App ID + App Token → 401 invalid_credentials, or 429
 * once the address is past its failure limit; valid credentials go on to the per-account
 * limit (429 + Retry-After + X-RateLimit-*); lastUsedAt touched after the response.
 */
export function withAppAuth<S extends z.ZodType | undefined = undefined>(
  options: { body?: S },
  handler: (ctx: AppContext<S extends z.ZodType ? z.output<S> : undefined>) => Promise<Response>,
) {
  return async (req: Request, route: { params: Promise<Record<string, string | string[]>> }): Promise<Response> => {
    let limit: LimitResult | undefined;
    try {
      const principal = await verifyAppCredentials(req.headers.get("x-app-id"), bearer(req));
      if (!principal) {
        const failures = authFailures.hit(clientAddress(req.headers));
        if (!failures.allowed) {
          throw new ApiError("rate_limited", "Too many failed authentications. Try again later.", { headers: rateLimitHeaders(failures) });
        }
        throw new ApiError("invalid_credentials");
      }
      limit = perAccount.hit(principal.accountId);
      if (!limit.allowed) throw new ApiError("rate_limited", undefined, { headers: rateLimitHeaders(limit) });
      after(() => touchLastUsed(principal).catch((e: unknown) => console.error("[zapier-api] lastUsedAt update failed:", (e as Error).message)));

      const raw = (await route.params) ?? {};
      const params: Record<string, string> = {};
      for (const [key, value] of Object.entries(raw)) {
        if (typeof value !== "string" || value.length > 200) throw new ApiError("not_found");
        params[key] = value;
      }
      const body = options.body ? await parseJsonBody(req, options.body) : undefined;
      return withHeaders(await handler({ req, principal, params, body: body as never }), rateLimitHeaders(limit));
    } catch (error) {
      const response = toErrorResponse(error, `${req.method} ${new URL(req.url).pathname}`);
      return limit && limit.allowed ? withHeaders(response, rateLimitHeaders(limit)) : response;
    }
  };
}
