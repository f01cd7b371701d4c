/**
 * Deliveries out: a standalone worker process drains a backlog of BACKLOG deliveries (2 hooks per
 * event) to a local sink that answers 204 at once; measured from the worker's start to the last
 * delivery settled (attempt recorded). Baseline in the same run: the sink's own ceiling, the same
 * number of POSTs of the same body sent straight from node:http over kept-alive connections at the
 * worker's concurrency, with no database. Prints one line.
 *
 *   npm run bench:deliveries               (PostgreSQL, then embedded)
 *   npx tsx bench/deliveries.ts [postgres|embedded]     BACKLOG=4000 DELIVERY_CONCURRENCY=64
 */
import "../lib/load-dotenv.mjs";
import { PGlite } from "@electric-sql/pglite";
import { spawn } from "node:child_process";
import http from "node:http";
import path from "node:path";
import pg from "pg";
import { seedTestDatabase } from "../tests/helpers/server";
import { TEST_ENV } from "../tests/setup/fixtures";
import { benchDatabase, databaseKind, round } from "./lib/pipeline";

const BACKLOG = Math.min(Number(process.env.BACKLOG ?? 4000), 20_000);
const CONCURRENCY = Math.min(Number(process.env.DELIVERY_CONCURRENCY ?? 64), 256);
const kind = databaseKind();
const root = path.resolve(import.meta.dirname, "..");

let received = 0;
const sink = http.createServer((req, res) => {
  req.resume();
  req.once("end", () => {
    received++;
    res.writeHead(204).end();
  });
});
sink.keepAliveTimeout = 10_000;
await new Promise<void>((resolve) => sink.listen(0, "127.0.0.1", resolve));
const target = `http://127.0.0.1:${(sink.address() as { port: number }).port}/sink`;

const payload = JSON.stringify({ status: "created", name: "Chan Tai Man", id: "evt_bench", eventId: "evt_bench", event: "contact.created", occurredAt: new Date().toISOString() });
// The backlog, as ingest leaves it: BACKLOG/2 events with 2 deliveries each, all due.
const BACKLOG_SQL = `
  WITH svc AS (SELECT "id" FROM "Service" WHERE "slug" = 'bench'),
  account AS (
    INSERT INTO "ZapierAccount" ("id", "serviceId", "name", "nameKey", "appId", "tokenHash", "tokenCiphertext", "tokenPreview", "updatedAt")
    SELECT 'acc_bench', svc."id", 'Bench', 'bench', 'app_bench', 'h', 'c', 'p', now() FROM svc RETURNING "id", "serviceId"
  ), hooks AS (
    INSERT INTO "HookSubscription" ("id", "accountId", "serviceId", "event", "targetUrl", "tokenHash")
    SELECT 'hook_' || n, account."id", account."serviceId", 'contact.created', '${target}?h=' || n, 'h' FROM account, generate_series(1, 2) n
    RETURNING "id", "accountId", "serviceId", "targetUrl"
  ), events AS (
    INSERT INTO "Event" ("id", "serviceId", "event", "payload", "occurredAt")
    SELECT 'evt_' || n, svc."id", 'contact.created', '${payload}'::jsonb, now() FROM svc, generate_series(1, ${Math.ceil(BACKLOG / 2)}) n
    RETURNING "id"
  )
  INSERT INTO "Delivery" ("id", "kind", "serviceId", "accountId", "subscriptionId", "eventId", "eventName", "targetUrl", "nextAttemptAt", "updatedAt")
  SELECT gen_random_uuid()::text, 'EVENT', h."serviceId", h."accountId", h."id", e."id", 'contact.created', h."targetUrl", now() - interval '1 minute', now()
  FROM events e, hooks h`;

const db = await benchDatabase(kind);
seedTestDatabase(db.databaseUrl);
if (kind === "postgres") {
  const client = new pg.Client({ connectionString: db.databaseUrl });
  await client.connect();
  await client.query(BACKLOG_SQL);
  await client.end();
} else {
  const pglite = new PGlite(db.databaseUrl.slice("file:".length));
  await pglite.exec(BACKLOG_SQL);
  await pglite.close();
}
const expected = Math.ceil(BACKLOG / 2) * 2;

// The ceiling: the same POSTs from node:http at the same concurrency, no database; measured before
// and after the worker (the machine's load moves), the mean taken.
async function sinkCeiling() {
  const agent = new http.Agent({ keepAlive: true });
  let sent = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (sent < expected) {
        sent++;
        await new Promise<void>((resolve, reject) => {
          const req = http.request(target, { method: "POST", agent, headers: { "content-type": "application/json", "content-length": String(Buffer.byteLength(payload)) } }, (res) => {
            res.resume();
            res.once("end", resolve);
          });
          req.once("error", reject);
          req.end(payload);
        });
      }
    }),
  );
  agent.destroy();
  return expected / ((performance.now() - t0) / 1000);
}
const before = await sinkCeiling();
received = 0;

const child = spawn(process.execPath, [...(process.env.CPU_PROF ? ["--cpu-prof", "--cpu-prof-dir=/tmp/delivery-prof"] : []), "--import", "tsx", "bench/lib/drain-worker.ts"], {
  cwd: root,
  env: { ...process.env, ...TEST_ENV, DATABASE_URL: db.databaseUrl, EXPECTED: String(expected), DELIVERY_CONCURRENCY: String(CONCURRENCY), DELIVERY_POLL_MS: "1000" },
  stdio: ["ignore", "pipe", "inherit"],
});
let out = "";
child.stdout.on("data", (d: Buffer) => (out += d.toString()));
await new Promise<void>((resolve) => child.once("exit", () => resolve()));
const line = out.split("\n").find((l) => l.startsWith("{"));
if (!line) throw new Error(`the worker printed no result:\n${out}`);
const { startedAt, settledAt, settled } = JSON.parse(line) as { startedAt: number; settledAt: number; settled: number };
if (settled < expected || received < expected) throw new Error(`drained ${settled} of ${expected} (the sink saw ${received})`);
const workerRate = expected / ((settledAt - startedAt) / 1000);
const ceiling = (before + (await sinkCeiling())) / 2;

sink.close();
await db.drop();
console.log(
  `deliveries (${kind}): ${round(workerRate)} deliveries/s (a standalone worker, ${CONCURRENCY} slots, draining ${expected} to a local 204 sink, every attempt recorded) · ` +
    `bare node:http POSTs to the same sink ${round(ceiling)}/s · ratio ${(workerRate / ceiling).toFixed(2)}`,
);
