/**
 * GET {Base URL}/me, the call Zapier makes most: autocannon (16 connections) against the
 * production server and against a bare node:http + pg baseline (bench/baseline-me.mjs: the same
 * lookup, hash and compare) on the same PostgreSQL database, in alternating rounds, once with
 * the limits in PostgreSQL and once in Redis. Prints one line per store with both figures and
 * the ratio. Loopback only, bounded in time. A third line measures the same with the credential
 * cache off (CREDENTIALS_CACHE_MS=0: every call looks its row up, as the baseline does), for
 * reference: it has no target.
 *
 *   npm run bench:me      (BENCH_SECONDS=5 ROUNDS=3 CONNECTIONS=16; TEST_DATABASE_URL, REDIS_URL)
 */
import "../lib/load-dotenv.mjs";
import { spawn } from "node:child_process";
import path from "node:path";
import autocannon from "autocannon";
import { createTestDatabase, ensureBuild, freePort, seedTestDatabase, startNextServer, type RunningServer } from "../tests/helpers/server";
import { startApiServer } from "../tests/helpers/api-server";
import { adminCookie } from "./lib/pipeline";

const SECONDS = Math.min(Number(process.env.BENCH_SECONDS ?? 5), 60);
const ROUNDS = Math.min(Number(process.env.ROUNDS ?? 3), 10);
const CONNECTIONS = Math.min(Number(process.env.CONNECTIONS ?? 16), 256);
process.env.TEST_DATABASE_URL ||= "postgres://postgres@127.0.0.1:5432/postgres";
const REDIS_URL = process.env.REDIS_URL || "redis://127.0.0.1:6379";

async function startBaseline(databaseUrl: string) {
  const port = await freePort();
  const child = spawn(process.execPath, [path.join(import.meta.dirname, "baseline-me.mjs")], {
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port) },
    stdio: ["ignore", "pipe", "inherit"],
  });
  await new Promise<void>((resolve) => child.stdout.once("data", () => resolve()));
  return { url: `http://127.0.0.1:${port}`, stop: () => child.kill("SIGTERM") };
}

/**
 * One round: requests/s, and the p99 of every answer's own time (autocannon's histogram keeps
 * whole milliseconds, and at 2–3 ms that step alone moves a ratio from 1.7× to 2.5×).
 */
async function load(url: string, headers: Record<string, string>) {
  const times: number[] = [];
  const result = await autocannon({
    url: `${url}/api/zapier/v1/me`,
    connections: CONNECTIONS,
    duration: SECONDS,
    headers,
    setupClient: (client) => void client.on("response", (_status: number, _bytes: number, ms: number) => times.push(ms)),
  });
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`${url}: ${result.non2xx} non-2xx answers, ${result.errors} errors`);
  times.sort((a, b) => a - b);
  const p99 = times[Math.max(0, Math.ceil(times.length * 0.99) - 1)] ?? NaN;
  return { rps: result.requests.average, p99: Math.round(p99 * 10) / 10 };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

ensureBuild();
const db = await createTestDatabase();
seedTestDatabase(db.databaseUrl);
const baseline = await startBaseline(db.databaseUrl);
let server: RunningServer | undefined;
try {
  const runs = [
    { store: "postgres", cache: true },
    { store: "redis", cache: true },
    { store: "postgres", cache: false },
  ] as const;
  for (const { store, cache } of runs) {
    const cacheEnv: Record<string, string> = cache ? {} : { CREDENTIALS_CACHE_MS: "0" };
    // Lift the per-account limit far out of reach: the store is still asked on every call.
    server = await startNextServer({
      databaseUrl: db.databaseUrl,
      env: { ZAPIER_API_RATE_LIMIT: "100000000", DELIVERY_WORKER: "off", ...cacheEnv, ...(store === "redis" ? { REDIS_URL, RATE_LIMIT_KEY_PREFIX: `bench-${Date.now()}` } : {}) },
    });
    const consoleUrl = server.baseUrl;
    const cookie = await adminCookie(server.baseUrl, "bench");
    const created = await fetch(`${server.baseUrl}/api/zapier-accounts`, {
      method: "POST",
      headers: { cookie, origin: server.baseUrl, "content-type": "application/json" },
      body: JSON.stringify({ name: `Bench ${store}${cache ? "" : " no cache"}` }),
    });
    const { account, appToken } = (await created.json()) as { account: { appId: string }; appToken: string };
    const headers = { "x-app-id": account.appId, authorization: `Bearer ${appToken}` };
    let target = consoleUrl;
    if (process.env.BENCH_TARGET === "api") {
      // `npm run api`: the Base URL service alone, without Next in the process.
      await server.stop();
      server = await startApiServer({ databaseUrl: db.databaseUrl, env: { ZAPIER_API_RATE_LIMIT: "100000000", DELIVERY_WORKER: "off", ...cacheEnv, ...(store === "redis" ? { REDIS_URL, RATE_LIMIT_KEY_PREFIX: `bench-${Date.now()}` } : {}) } });
      target = server.baseUrl;
    }
    // Warm-up: JIT, connection pools, prepared statements.
    await autocannon({ url: `${target}/api/zapier/v1/me`, connections: CONNECTIONS, amount: 2000, headers });
    await autocannon({ url: `${baseline.url}/api/zapier/v1/me`, connections: CONNECTIONS, amount: 2000, headers });
    const ours: { rps: number; p99: number }[] = [];
    const base: { rps: number; p99: number }[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      base.push(await load(baseline.url, headers));
      ours.push(await load(target, headers));
    }
    const o = { rps: median(ours.map((r) => r.rps)), p99: median(ours.map((r) => r.p99)) };
    const b = { rps: median(base.map((r) => r.rps)), p99: median(base.map((r) => r.p99)) };
    console.log(
      `bench:me limits=${store} credentials-cache=${cache ? "on" : "off"} server ${Math.round(o.rps)} req/s p99 ${o.p99} ms | baseline ${Math.round(b.rps)} req/s p99 ${b.p99} ms | ` +
        (cache
          ? `throughput ${(o.rps / b.rps).toFixed(2)}× (target ≥ ${store === "redis" ? "0.70" : "0.50"}), p99 ${(o.p99 / b.p99).toFixed(2)}× (target ≤ 2) `
          : `throughput ${(o.rps / b.rps).toFixed(2)}×, p99 ${(o.p99 / b.p99).toFixed(2)}× (reference: a lookup on every call, as the baseline) `) +
        `[${ROUNDS} alternating rounds of ${SECONDS} s, ${CONNECTIONS} connections, median]`,
    );
    await server.stop();
    server = undefined;
  }
} finally {
  await server?.stop();
  baseline.stop();
  await db.drop();
}
