/** What the event-pipeline benchmarks share: a database per run, a production server, a signed-in admin, an account with hooks. */
import http from "node:http";
import { createTestDatabase, type TestDatabase } from "../../tests/helpers/server";
import { adminEmail, TEST_PASSWORD } from "../../tests/setup/fixtures";

export type DatabaseKind = "postgres" | "embedded";

/** `postgres` (the default) or `embedded`, from the first argument; PostgreSQL at BENCH_DATABASE_URL / TEST_DATABASE_URL / the local server. */
export function databaseKind(): DatabaseKind {
  const arg = process.argv[2] ?? "postgres";
  if (arg !== "postgres" && arg !== "embedded") throw new Error(`usage: ${process.argv[1]} [postgres|embedded]`);
  return arg;
}

export async function benchDatabase(kind: DatabaseKind): Promise<TestDatabase> {
  const saved = process.env.TEST_DATABASE_URL;
  if (kind === "postgres") process.env.TEST_DATABASE_URL = process.env.BENCH_DATABASE_URL ?? saved ?? "postgres://postgres@127.0.0.1:5432/postgres";
  else delete process.env.TEST_DATABASE_URL;
  try {
    return await createTestDatabase();
  } finally {
    if (saved === undefined) delete process.env.TEST_DATABASE_URL;
    else process.env.TEST_DATABASE_URL = saved;
  }
}

export async function adminCookie(base: string, slug = "bench") {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const jar = csrf.headers.getSetCookie().map((c) => c.split(";")[0]);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.join("; "), origin: base },
    body: new URLSearchParams({ csrfToken, email: adminEmail(slug), password: TEST_PASSWORD, json: "true" }),
    redirect: "manual",
  });
  return [...jar, ...res.headers.getSetCookie().map((c) => c.split(";")[0])].join("; ");
}

/** A new Zapier account in the admin's service, with one hook per target URL on `event`; returns its service id. */
export async function accountWithHooks(base: string, cookie: string, name: string, event: string, targets: string[]) {
  const created = await fetch(`${base}/api/zapier-accounts`, {
    method: "POST",
    headers: { cookie, origin: base, "content-type": "application/json" },
    body: JSON.stringify({ name }),
  });
  if (created.status !== 201) throw new Error(`account: ${created.status} ${await created.text()}`);
  const { account, appToken } = (await created.json()) as { account: { appId: string; baseUrl: string }; appToken: string };
  const auth = { "x-app-id": account.appId, authorization: `Bearer ${appToken}`, "content-type": "application/json" };
  const me = (await (await fetch(`${account.baseUrl}/me`, { headers: auth })).json()) as { service: { id: string } };
  for (const targetUrl of targets) {
    const res = await fetch(`${account.baseUrl}/hooks`, { method: "POST", headers: auth, body: JSON.stringify({ event, targetUrl }) });
    if (res.status !== 201) throw new Error(`hook: ${res.status} ${await res.text()}`);
  }
  return me.service.id;
}

export const round = (n: number) => Math.round(n).toLocaleString("en-US");

/**
 * A light load generator (node:http over kept-alive connections, cheaper than fetch): `connections`
 * loops POST `body` to `url` for `seconds`; returns the 2xx answers per second. Any other answer throws.
 */
export async function postLoad(url: string, headers: Record<string, string>, body: string, connections: number, seconds: number) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const target = new URL(url);
  const post = () =>
    new Promise<number>((resolve, reject) => {
      const req = http.request(target, { method: "POST", agent, headers: { ...headers, "content-length": String(Buffer.byteLength(body)) } }, (res) => {
        res.resume();
        res.once("end", () => resolve(res.statusCode ?? 0));
      });
      req.once("error", reject);
      req.end(body);
    });
  let ok = 0;
  const until = Date.now() + seconds * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (Date.now() < until) {
        const status = await post();
        if (status < 200 || status >= 300) throw new Error(`POST ${target.pathname}: ${status}`);
        ok++;
      }
    }),
  );
  const rate = ok / ((performance.now() - started) / 1000);
  agent.destroy();
  return rate;
}
