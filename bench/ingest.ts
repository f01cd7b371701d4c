/**
 * Events in: 16 concurrent publishers POST to /api/internal/events of a production server (the
 * worker off, so only ingest is measured), each event fanned out to 2 hooks. Baseline in the same
 * run: the same writes (the ingest statement: the event and its 2 deliveries) straight through
 * `pg` from 16 connections (PostgreSQL) or into PGlite (embedded), no HTTP: the database's ceiling.
 * Prints one line.
 *
 *   npm run bench:ingest                   (PostgreSQL, then embedded)
 *   npx tsx bench/ingest.ts [postgres|embedded]     SECONDS=5 CONNECTIONS=16
 */
import "../lib/load-dotenv.mjs";
import { PGlite } from "@electric-sql/pglite";
import crypto from "node:crypto";
import pg from "pg";
import { ensureBuild, seedTestDatabase, startNextServer } from "../tests/helpers/server";
import { TEST_ENV } from "../tests/setup/fixtures";
import { accountWithHooks, adminCookie, benchDatabase, databaseKind, postLoad, round } from "./lib/pipeline";

const SECONDS = Math.min(Number(process.env.SECONDS ?? 5), 20);
const CONNECTIONS = Math.min(Number(process.env.CONNECTIONS ?? 16), 64);
const kind = databaseKind();

// The statement lib/events/service.ts runs, with its parameters.
const INGEST_SQL = `
  WITH event AS (
    INSERT INTO "Event" ("id", "serviceId", "event", "payload", "occurredAt", "createdAt")
    VALUES ($1, $2, 'contact.created', $3::jsonb, (now() AT TIME ZONE 'UTC'), (now() AT TIME ZONE 'UTC')) RETURNING "id"
  ), fanned AS (
    INSERT INTO "Delivery" ("id", "kind", "serviceId", "accountId", "subscriptionId", "eventId", "eventName", "targetUrl", "nextAttemptAt", "createdAt", "updatedAt")
    SELECT gen_random_uuid()::text, 'EVENT', s."serviceId", s."accountId", s."id", event."id", s."event", s."targetUrl",
           (now() AT TIME ZONE 'UTC'), (now() AT TIME ZONE 'UTC'), (now() AT TIME ZONE 'UTC')
    FROM event, "HookSubscription" s JOIN "ZapierAccount" a ON a."id" = s."accountId"
    WHERE s."serviceId" = $2 AND s."event" = 'contact.created' AND s."tokenHash" = a."tokenHash"
    RETURNING 1
  )
  SELECT count(*)::int AS "deliveries" FROM fanned`;
const data = { status: "created", name: "Chan Tai Man" };
const payload = (id: string) => JSON.stringify({ ...data, id, eventId: id, event: "contact.created", occurredAt: new Date().toISOString() });

async function baseline(query: (sql: string, params: unknown[]) => Promise<unknown>, serviceId: string) {
  let done = 0;
  const until = Date.now() + Math.min(SECONDS, 3) * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      while (Date.now() < until) {
        const id = `evt_${crypto.randomBytes(12).toString("base64url")}`;
        await query(INGEST_SQL, [id, serviceId, payload(id)]);
        done++;
      }
    }),
  );
  return done / ((performance.now() - started) / 1000);
}

ensureBuild();
const db = await benchDatabase(kind);
seedTestDatabase(db.databaseUrl);
const pgPool = kind === "postgres" ? new pg.Pool({ connectionString: db.databaseUrl, max: CONNECTIONS }) : null;
pgPool?.on("error", (error) => console.error(`baseline pool: ${error.message}`)); // an idle connection closed under it
const server = await startNextServer({ databaseUrl: db.databaseUrl, env: { DELIVERY_WORKER: "off", DATABASE_POOL_SIZE: process.env.DATABASE_POOL_SIZE ?? String(CONNECTIONS) } });
let serverRate = 0;
let deliveriesPerEvent = 0;
let serviceId = "";
let ceilingPg = 0;
try {
  const cookie = await adminCookie(server.baseUrl);
  serviceId = await accountWithHooks(server.baseUrl, cookie, "Bench ingest", "contact.created", ["https://hooks.zapier.com/bench/1", "https://hooks.zapier.com/bench/2"]);
  const url = `${server.baseUrl}/api/internal/events`;
  const headers = { authorization: `Bearer ${TEST_ENV.EVENTS_INGEST_SECRET}`, "content-type": "application/json" };
  const body = JSON.stringify({ serviceId, event: "contact.created", data });
  const probe = await fetch(url, { method: "POST", headers, body });
  deliveriesPerEvent = ((await probe.json()) as { deliveries: number }).deliveries;
  await postLoad(url, headers, body, CONNECTIONS, 2); // warm-up: JIT, pool, route
  // PostgreSQL: the baseline runs just before and just after (the machine's load moves), the mean taken.
  const before = pgPool ? await baseline((sql, params) => pgPool.query(sql, params), serviceId) : 0;
  serverRate = await postLoad(url, headers, body, CONNECTIONS, SECONDS);
  if (pgPool) ceilingPg = (before + (await baseline((sql, params) => pgPool.query(sql, params), serviceId))) / 2;
} finally {
  await server.stop();
}

let ceiling = ceilingPg;
if (pgPool) await pgPool.end();
else {
  const pglite = new PGlite(db.databaseUrl.slice("file:".length));
  ceiling = await baseline((sql, params) => pglite.query(sql, params), serviceId);
  await pglite.close();
}
await db.drop();
console.log(
  `ingest (${kind}): ${round(serverRate)} events/s through the server (${CONNECTIONS} publishers, ${deliveriesPerEvent} hooks each) · ` +
    `bare ${kind === "postgres" ? "pg" : "PGlite"} doing the same writes ${round(ceiling)}/s · ratio ${(serverRate / ceiling).toFixed(2)}`,
);
