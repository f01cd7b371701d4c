/**
 * Fairness: while 25 REST-hook targets of one service hang (the product's 10 s timeout, 20
 * delivery slots), how long does another service's event take from ingest to its target? Baseline
 * in the same run: the same delivery with nothing hanging. Medians of 5 each. Prints one line.
 *
 *   npm run bench:fairness                 (PostgreSQL)
 *   npx tsx bench/fairness.ts [postgres|embedded]
 */
import "../lib/load-dotenv.mjs";
import http from "node:http";
import { ensureBuild, seedTestDatabase, startNextServer } from "../tests/helpers/server";
import { TEST_ENV } from "../tests/setup/fixtures";
import { accountWithHooks, adminCookie, benchDatabase, databaseKind, round } from "./lib/pipeline";

const HANGING = 25;
const SAMPLES = 5;
const kind = databaseKind();

const arrivals = new Map<string, number>();
const hanging = new Set<http.ServerResponse>();
let hangingCalls = 0;
const sink = http.createServer((req, res) => {
  req.resume();
  req.once("end", () => {
    if (req.url?.startsWith("/hang")) {
      hangingCalls++;
      hanging.add(res);
      return;
    }
    arrivals.set(String(req.headers["x-cinnox-event"]) + String(req.url), Date.now());
    res.writeHead(204).end();
  });
});
await new Promise<void>((resolve) => sink.listen(0, "127.0.0.1", resolve));
const sinkUrl = `http://127.0.0.1:${(sink.address() as { port: number }).port}`;
const until = async (check: () => boolean, what: string, ms = 15_000) => {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

ensureBuild();
const db = await benchDatabase(kind);
seedTestDatabase(db.databaseUrl);
const server = await startNextServer({
  databaseUrl: db.databaseUrl,
  env: { DELIVERY_TIMEOUT_MS: "10000", DELIVERY_LEASE_MS: "15000", DELIVERY_CONCURRENCY: "20", DELIVERY_POLL_MS: "1000" },
});
try {
  const publish = async (serviceId: string, event: string) => {
    const res = await fetch(`${server.baseUrl}/api/internal/events`, {
      method: "POST",
      headers: { authorization: `Bearer ${TEST_ENV.EVENTS_INGEST_SECRET}`, "content-type": "application/json" },
      body: JSON.stringify({ serviceId, event, data: { status: "created", name: "Chan" } }),
    });
    if (res.status !== 202) throw new Error(`ingest ${res.status}`);
  };
  const busy = await accountWithHooks(server.baseUrl, await adminCookie(server.baseUrl, "fairness"), "Hanging", "contact.created",
    Array.from({ length: HANGING }, (_, i) => `${sinkUrl}/hang-${i}`));
  const other = await accountWithHooks(server.baseUrl, await adminCookie(server.baseUrl, "fairness-other"), "Other", "contact.created", [`${sinkUrl}/other`]);
  let n = 0;
  const timeOne = async () => {
    const path = `/other`;
    const key = `contact.created${path}`;
    arrivals.delete(key);
    const started = Date.now();
    await publish(other, "contact.created");
    await until(() => arrivals.has(key), `delivery ${++n}`);
    return (arrivals.get(key) ?? 0) - started;
  };
  await timeOne(); // warm-up
  const idle: number[] = [];
  for (let i = 0; i < SAMPLES; i++) idle.push(await timeOne());
  await publish(busy, "contact.created");
  await until(() => hangingCalls >= 10, "the hanging targets to be called");
  const loaded: number[] = [];
  for (let i = 0; i < SAMPLES; i++) loaded.push(await timeOne());
  const [withHang, without] = [median(loaded), median(idle)];
  console.log(
    `fairness (${kind}): another service's delivery ${round(withHang)} ms (median of ${SAMPLES}) while ${HANGING} targets of one service hang ` +
      `(${hangingCalls} of 20 slots held) · ${round(without)} ms with none hanging · ratio ${(withHang / Math.max(1, without)).toFixed(1)} · target ≤ 2,000 ms`,
  );
  if (withHang > 2000) process.exitCode = 1;
} finally {
  for (const res of hanging) res.destroy();
  sink.closeAllConnections();
  sink.close();
  await server.stop();
  await db.drop();
}
