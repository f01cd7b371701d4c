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
// Failed authentications per address: the same answer whether or not the App ID exists.
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
 * The wrapper for every Base URL endpoint: App ID + App Token → 401 invalid_credentials,
 * failures throttled per address, requests limited per account (429 + Retry-After +
 * X-RateLimit-*), lastUsedAt touched after the response.
 */
export function withAppAuth<S extends z.ZodType | undefined = undefined>(
  options: { body?: S },
  handler: (ctx: AppContext<S extends z.ZodType ? z.output<S> : undefined>) => Promise<Response>,
) {
  return async (req: Request, route: { params: Promise<Record<string, string | string[]>> }): Promise<Response> => {
    let limit: LimitResult | undefined;
    try {
      const ip = clientAddress(req.headers);
      const failures = authFailures.peek(ip);
      if (failures.remaining === 0) {
        throw new ApiError("rate_limited", "Too many failed authentications. Try again later.", {
          headers: rateLimitHeaders({ ...failures, allowed: false }),
        });
      }
      const principal = await verifyAppCredentials(req.headers.get("x-app-id"), bearer(req));
      if (!principal) {
        authFailures.hit(ip);
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
