/**
 * Credential verification on the hot path: GET {Base URL}/me against a production server on a
 * fresh database (embedded by default; PostgreSQL when TEST_DATABASE_URL is set). Loopback only,
 * bounded request counts.
 *
 *   npx tsx bench/me.ts            (REQUESTS=3000 CONCURRENCY=16 to change the load)
 */
import { performance } from "node:perf_hooks";
import { createTestDatabase, ensureBuild, seedTestDatabase, startNextServer } from "../tests/helpers/server";
import { adminEmail, TEST_PASSWORD } from "../tests/setup/fixtures";

const REQUESTS = Math.min(Number(process.env.REQUESTS ?? 3000), 50_000);
const CONCURRENCY = Math.min(Number(process.env.CONCURRENCY ?? 16), 256);

async function login(base: string, email: string) {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const jar = csrf.headers.getSetCookie().map((c) => c.split(";")[0]);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.join("; "), origin: base },
    body: new URLSearchParams({ csrfToken, email, password: TEST_PASSWORD, json: "true" }),
    redirect: "manual",
  });
  return [...jar, ...res.headers.getSetCookie().map((c) => c.split(";")[0])].join("; ");
}

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

ensureBuild();
const db = await createTestDatabase();
seedTestDatabase(db.databaseUrl);
// The bench measures verification, not the rate limiter: lift the per-account limit.
const server = await startNextServer({ databaseUrl: db.databaseUrl, env: { ZAPIER_API_RATE_LIMIT: "1000000" } });
try {
  const cookie = await login(server.baseUrl, adminEmail("bench"));
  const created = await fetch(`${server.baseUrl}/api/zapier-accounts`, {
    method: "POST",
    headers: { cookie, origin: server.baseUrl, "content-type": "application/json" },
    body: JSON.stringify({ name: "Bench" }),
  });
  const { account, appToken } = (await created.json()) as { account: { appId: string; baseUrl: string }; appToken: string };
  const headers = { "x-app-id": account.appId, authorization: `Bearer ${appToken}` };
  const call = async () => {
    const t = performance.now();
    const res = await fetch(`${account.baseUrl}/me`, { headers });
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`unexpected ${res.status}`);
    return performance.now() - t;
  };

  for (let i = 0; i < 200; i++) await call(); // warm-up: JIT, connection pool, Next's route cache

  const sequential: number[] = [];
  for (let i = 0; i < Math.min(REQUESTS, 1000); i++) sequential.push(await call());
  sequential.sort((a, b) => a - b);

  let next = 0;
  const concurrent: number[] = [];
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next++ < REQUESTS) concurrent.push(await call());
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  concurrent.sort((a, b) => a - b);

  const wrong = { "x-app-id": account.appId, authorization: `Bearer ${appToken.slice(0, -1)}X` };
  const t = performance.now();
  await (await fetch(`${account.baseUrl}/me`, { headers: wrong })).arrayBuffer();
  const rejectMs = performance.now() - t;

  const f = (n: number) => n.toFixed(2);
  console.log(`GET /me on ${db.kind} database (${process.version}, production build)`);
  console.log(`  sequential   n=${sequential.length}  p50 ${f(percentile(sequential, 50))} ms  p95 ${f(percentile(sequential, 95))} ms  p99 ${f(percentile(sequential, 99))} ms`);
  console.log(`  concurrency ${CONCURRENCY}  n=${REQUESTS}  ${Math.round(REQUESTS / seconds)} requests/s  p50 ${f(percentile(concurrent, 50))} ms  p95 ${f(percentile(concurrent, 95))} ms`);
  console.log(`  malformed token rejected (checksum, no database lookup) in ${f(rejectMs)} ms`);
} finally {
  await server.stop();
  await db.drop();
}
