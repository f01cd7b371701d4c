import { describe, expect, it } from "vitest";
import { MemoryRateLimiter, rateLimitHeaders } from "./memory";

describe("MemoryRateLimiter", () => {
  it("allows `limit` hits per window, then refuses with an integer Retry-After until the window resets", () => {
    const limiter = new MemoryRateLimiter(3, 60_000);
    const t0 = 1_000_000;
    expect([1, 2, 3].map(() => limiter.hit("k", t0).allowed)).toEqual([true, true, true]);
    const refused = limiter.hit("k", t0 + 1500);
    expect(refused.allowed).toBe(false);
    expect(refused.remaining).toBe(0);
    expect(refused.retryAfter).toBe(59);
    expect(rateLimitHeaders(refused)).toMatchObject({ "Retry-After": "59", "X-RateLimit-Limit": "3", "X-RateLimit-Remaining": "0" });
    expect(limiter.hit("other", t0).allowed).toBe(true);
    expect(limiter.hit("k", t0 + 60_000).allowed).toBe(true);
  });
});
