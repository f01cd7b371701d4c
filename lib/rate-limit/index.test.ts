import crypto from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";

// The leased limiter over Redis (CI's .ci/run sets TEST_REDIS_URL and makes sure Redis answers).
const redisUrl = process.env.TEST_REDIS_URL;
process.env.REDIS_URL = redisUrl ?? "";
process.env.RATE_LIMIT_KEY_PREFIX = `unit-${crypto.randomUUID()}`;
const { closeLimiterStores, createLimiter } = await import("./index");

afterAll(() => closeLimiterStores());

/** Resolves after the microtasks queued so far: no I/O (a store's answer) can come in between. */
async function microtasks() {
  for (let i = 0; i < 20; i++) await Promise.resolve();
}

describe.runIf(redisUrl)("a leased limit on a shared store", () => {
  it("far from the limit, a call that finds its lease spent goes through without waiting for the store", async () => {
    const limiter = createLimiter("credit", 100_000, 60, { store: "redis", lease: 10 });
    const key = crypto.randomUUID();
    expect((await limiter.consume(key)).allowed).toBe(true); // the first call of a window waits: no lease yet
    for (let i = 0; i < 9; i++) expect((await limiter.consume(key)).allowed).toBe(true);
    // The lease is spent: the next calls are answered on credit, before any reply could arrive.
    let answered = 0;
    for (let i = 0; i < 5; i++) void limiter.consume(key).then((r) => r.allowed && answered++);
    await microtasks();
    expect(answered).toBe(5);
  });

  it("two instances sharing one counter never allow more than the limit in total", async () => {
    // Exactly the limit when each instance's share is whole leases; otherwise a lease part-spent
    // when an instance's calls stop is lost: at most lease - 1 per instance fewer, never more.
    for (const [total, share] of [[600, 0.5], [600, 0.83], [137, 0.31]] as const) {
      const a = createLimiter("exact", total, 60, { store: "redis", lease: 10 });
      const b = createLimiter("exact", total, 60, { store: "redis", lease: 10 });
      const key = crypto.randomUUID();
      const calls = Array.from({ length: total + 100 }, (_, i) => ((i * share) % 1 < share ? a : b).consume(key));
      const allowed = (await Promise.all(calls)).filter((r) => r.allowed).length;
      if (share === 0.5) expect(allowed).toBe(total);
      expect(allowed, `limit ${total}, share ${share}`).toBeLessThanOrEqual(total);
      expect(allowed, `limit ${total}, share ${share}`).toBeGreaterThanOrEqual(total - 2 * 9);
    }
  });

  it("near the limit nothing is let through on credit", async () => {
    const limiter = createLimiter("near", 50, 60, { store: "redis", lease: 10 });
    const key = crypto.randomUUID();
    const results = [];
    for (let i = 0; i < 60; i++) results.push(await limiter.consume(key));
    expect(results.filter((r) => r.allowed)).toHaveLength(50);
    expect(results.slice(50).every((r) => !r.allowed && r.retryAfter >= 1)).toBe(true);
  });
});
