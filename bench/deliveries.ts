/**
 * Event delivery end to end: ingest N events into the outbox of a production server on a fresh
 * database, and measure until a local sink (loopback) has received every one. Reports ingest
 * rate and deliveries per second. Embedded database by default; PostgreSQL with
 * TEST_DATABASE_URL. Bounded: EVENTS ≤ 5000.
 *
 *   npx tsx bench/deliveries.ts        (EVENTS=500 HOOKS=2 to change the load)
 *
 * SLOW_HOOKS=1 adds hooks whose target answers only after SLOW_MS (default 1000): the figures
 * then show whether slow targets hold up the deliveries to the fast ones.
 */
import "../lib/load-dotenv.mjs";
import http from "node:http";
import { performance } from "node:perf_hooks";
import { createTestDatabase, ensureBuild, seedTestDatabase, startNextServer } from "../tests/helpers/server";
import { adminEmail, TEST_ENV, TEST_PASSWORD } from "../tests/setup/fixtures";

const EVENTS = Math.min(Number(process.env.EVENTS ?? 500), 5000);
const HOOKS = Math.min(Number(process.env.HOOKS ?? 2), 10);
const SLOW_HOOKS = Math.min(Number(process.env.SLOW_HOOKS ?? 0), 10);
const SLOW_MS = Math.min(Number(process.env.SLOW_MS ?? 1000), 8000);
const INGEST_CONCURRENCY = 8;

const received = new Set<string>();
const receivedSlow = new Set<string>();
let firstAt = 0;
let lastAt = 0;
const sink = http.createServer((req, res) => {
  req.resume();
  req.on("end", () => {
    if (req.url?.startsWith("/slow")) {
      setTimeout(() => {
        receivedSlow.add(String(req.headers["x-cinnox-delivery"]));
        res.writeHead(200).end();
      }, SLOW_MS);
      return;
    }
    received.add(String(req.headers["x-cinnox-delivery"]));
    lastAt = performance.now();
    firstAt ||= lastAt;
    res.writeHead(200).end();
  });
});
await new Promise<void>((resolve) => sink.listen(0, "127.0.0.1", resolve));
const sinkPort = (sink.address() as { port: number }).port;

ensureBuild();
const db = await createTestDatabase();
seedTestDatabase(db.databaseUrl);
const server = await startNextServer({ databaseUrl: db.databaseUrl, env: { DELIVERY_POLL_MS: "200", DELIVERY_CONCURRENCY: "50", DELIVERY_BATCH_SIZE: "50" } });
try {
  const csrf = await fetch(`${server.baseUrl}/api/auth/csrf`);
  const jar = csrf.headers.getSetCookie().map((c) => c.split(";")[0]);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const signIn = await fetch(`${server.baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.join("; "), origin: server.baseUrl },
    body: new URLSearchParams({ csrfToken, email: adminEmail("bench"), password: TEST_PASSWORD, json: "true" }),
    redirect: "manual",
  });
  const cookie = [...jar, ...signIn.headers.getSetCookie().map((c) => c.split(";")[0])].join("; ");
  const created = await fetch(`${server.baseUrl}/api/zapier-accounts`, {
    method: "POST",
    headers: { cookie, origin: server.baseUrl, "content-type": "application/json" },
    body: JSON.stringify({ name: "Bench deliveries" }),
  });
  const { account, appToken } = (await created.json()) as { account: { appId: string; baseUrl: string }; appToken: string };
  const auth = { "x-app-id": account.appId, authorization: `Bearer ${appToken}`, "content-type": "application/json" };
  const me = (await (await fetch(`${account.baseUrl}/me`, { headers: auth })).json()) as { service: { id: string } };
  for (let h = 0; h < HOOKS; h++) {
    await fetch(`${account.baseUrl}/hooks`, { method: "POST", headers: auth, body: JSON.stringify({ event: "contact.created", targetUrl: `http://127.0.0.1:${sinkPort}/h${h}` }) });
  }
  for (let h = 0; h < SLOW_HOOKS; h++) {
    await fetch(`${account.baseUrl}/hooks`, { method: "POST", headers: auth, body: JSON.stringify({ event: "contact.created", targetUrl: `http://127.0.0.1:${sinkPort}/slow${h}` }) });
  }

  const started = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: INGEST_CONCURRENCY }, async () => {
      while (next < EVENTS) {
        next++;
        const res = await fetch(`${server.baseUrl}/api/internal/events`, {
          method: "POST",
          headers: { authorization: `Bearer ${TEST_ENV.EVENTS_INGEST_SECRET}`, "content-type": "application/json" },
          body: JSON.stringify({ serviceId: me.service.id, event: "contact.created", data: { status: "created", name: `Contact ${next}` } }),
        });
        if (res.status !== 202) throw new Error(`ingest ${res.status}`);
      }
    }),
  );
  const ingested = performance.now();
  const expected = EVENTS * HOOKS;
  const deadline = Date.now() + 300_000;
  while (received.size < expected && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  const done = performance.now();
  while (receivedSlow.size < EVENTS * SLOW_HOOKS && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  const slowDone = performance.now();

  const s = (ms: number) => (ms / 1000).toFixed(2);
  console.log(`Event delivery on ${db.kind} database (${process.version}, production build, in-process worker)`);
  console.log(`  ${EVENTS} events × ${HOOKS} hooks = ${expected} deliveries to fast targets; received ${received.size}`);
  console.log(`  ingest: ${Math.round(EVENTS / ((ingested - started) / 1000))} events/s (202 after the outbox commit)`);
  console.log(`  delivery: ${Math.round(received.size / ((done - started) / 1000))} deliveries/s end to end (${s(done - started)} s from first ingest to last arrival)`);
  console.log(`  first delivery ${s(firstAt - started)} s after the first ingest; last ${s(lastAt - ingested)} s after the last ingest`);
  if (SLOW_HOOKS) {
    console.log(`  plus ${SLOW_HOOKS} slow hook(s) answering after ${SLOW_MS} ms: received ${receivedSlow.size} of ${EVENTS * SLOW_HOOKS}, the last ${s(slowDone - ingested)} s after the last ingest`);
  }
  if (received.size < expected || receivedSlow.size < EVENTS * SLOW_HOOKS) process.exitCode = 1;
} finally {
  await server.stop();
  await db.drop();
  sink.close();
}
