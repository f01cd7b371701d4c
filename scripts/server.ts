// The project's server, loaded by scripts/serve.mjs (`npm start`, `npm run dev`, `npm run api`).
// One port: the Base URL service (a Hono app: /api/zapier/v1/**, /api/internal/**) and the
// health checks are answered here before Next sees the request; everything else is Next's.
// With --api only the Hono app runs (deployments that scale the API apart from the console).
// Before anything listens: configuration checked, the database reached and migrated (or one
// clear line and a non-zero exit within 10 s), the demo seeded, the delivery worker started.
import http from "node:http";
import { closeDatabase, ensureDatabase } from "@/lib/db";
import { appUrl, ConfigError, env, loadServerEnv } from "@/lib/env";
import { log as logLine } from "@/lib/log";
import { closeLimiterStores, warmLimiterStore } from "@/lib/rate-limit";
import { databaseIsEmpty, demoLogins, demoPasswordHint, demoUsersExist, seedDemo } from "@/lib/seed";
import { HSTS, isHttpsUrl, SECURITY_HEADERS, STRICT_CSP } from "@/lib/security-headers.mjs";
import { createApiListener, isApiPath } from "@/lib/zapier-api/app";
import { flushRequestLog } from "@/lib/zapier-api/request-log";

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const option = (short: string, long: string) => {
  const at = args.findIndex((a) => a === short || a === long);
  return at >= 0 ? args[at + 1] : undefined;
};
const mode: "console" | "api" = flag("--api") ? "api" : "console";
const dev = flag("--dev");
const log = (line: string) => console.log(`[${mode === "api" ? "zapier-api" : "zapier-console"}] ${line}`);
const fail = (line: string): never => {
  console.error(`[${mode === "api" ? "zapier-api" : "zapier-console"}] cannot start: ${line}`);
  process.exit(1);
};

const port = Number(option("-p", "--port") ?? process.env.PORT ?? 3000);
if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`PORT must be a port number, got "${String(process.env.PORT)}"`);
process.env.APP_URL ||= `http://localhost:${port}`;

const FORWARDING = ["forwarded", "x-forwarded-for", "x-forwarded-host", "x-forwarded-proto", "x-forwarded-port", "x-real-ip"];
const METHODS = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);

function answerJson(res: http.ServerResponse, status: number, code: string, message: string, extra: Record<string, string> = {}) {
  const body = JSON.stringify({ error: { code, message } });
  res.writeHead(status, {
    ...Object.fromEntries(SECURITY_HEADERS.map((h) => [h.key, h.value])),
    "Content-Security-Policy": STRICT_CSP,
    "Cache-Control": "no-store",
    "Content-Type": "application/json",
    "Content-Length": Buffer.byteLength(body),
    ...extra,
  });
  res.end(body);
}

function wellFormedPath(url: string) {
  if (!url.includes("%")) return true; // only a percent-escape can be malformed
  try {
    decodeURIComponent(url.split("?")[0] ?? "");
    return true;
  } catch {
    return false;
  }
}

async function prepare() {
  let config;
  try {
    config = loadServerEnv(log);
  } catch (error) {
    if (error instanceof ConfigError) fail(`configuration error: ${error.message}`);
    throw error;
  }
  // A database that cannot be reached, is missing, or is locked by another process: say which,
  // and exit so a supervisor restarts the server, instead of answering 500 for ever.
  const deadline = new Promise<never>((_, reject) => setTimeout(() => reject(new Error("no answer within 8 s")), 8_000).unref());
  try {
    await Promise.race([ensureDatabase(log), deadline]);
  } catch (error) {
    fail(`the database is not available (${(error as Error).message.replace(/\s+/g, " ").trim()}). Check DATABASE_URL and that the database server runs.`);
  }
  log(`database: ${config.kind === "embedded" ? `embedded PostgreSQL (PGlite) at ${config.dataDir}` : "PostgreSQL server"}`);

  if (mode === "console" && config.kind === "embedded" && env().SEED_DEMO !== "false" && (await databaseIsEmpty())) {
    await seedDemo();
    log("seeded the demo services Acme Support and Globex Care");
  }
  if (env().DELIVERY_WORKER === "off") {
    log("delivery worker: off in this process (DELIVERY_WORKER=off): run `npm run worker` to deliver events");
  } else {
    const { startInProcessWorker } = await import("@/lib/delivery/worker");
    startInProcessWorker();
    log("delivery worker: running in this process (DELIVERY_WORKER=off to run it with `npm run worker` instead)");
    const { startSandboxCarrier } = await import("@/lib/workspace/carrier-process");
    await startSandboxCarrier(log);
  }
  await warmLimiterStore();
  const demo = await demoUsersExist();
  // Named in the banner: the documented default only when the demo users really have it.
  const passwordHint = demo ? await demoPasswordHint() : "";
  return { config, demo, passwordHint };
}

/** A busy port is found before the (slow) database start-up, so the answer comes at once. */
async function probePort(host: string) {
  const net = await import("node:net");
  await new Promise<void>((resolve) => {
    const probe = net.createServer();
    probe.once("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "EADDRINUSE") fail(`port ${port} is already in use (another server?). Set PORT to a free port.`);
      resolve(); // anything else is reported by the real listen below
    });
    probe.listen(port, host, () => probe.close(() => resolve()));
  });
}

async function main() {
  if (port !== 0) await probePort(option("-H", "--hostname") || process.env.HOST?.trim() || "::");
  const { config, demo, passwordHint } = await prepare();
  // While the embedded database holds the demo users (a published password), listen on this
  // machine only unless HOST says otherwise.
  const host = option("-H", "--hostname") || env().HOST || (config.kind === "embedded" && demo ? "127.0.0.1" : "::");
  const api = createApiListener({ https: appUrl().startsWith("https:") });

  let nextHandler: ((req: http.IncomingMessage, res: http.ServerResponse) => Promise<void>) | null = null;
  let nextApp: { close(): Promise<void>; getUpgradeHandler(): (req: http.IncomingMessage, socket: import("node:stream").Duplex, head: Buffer) => Promise<void> } | null = null;
  if (mode === "console") {
    process.env.NEXT_TELEMETRY_DISABLED = "1";
    const { default: next } = await import("next");
    const app = next({ dev, dir: process.cwd(), hostname: host, port, conf: undefined });
    await app.prepare();
    nextHandler = app.getRequestHandler();
    nextApp = app;
  }

  // Over https, every answer (Next's, the API's and this server's own) pins https for two years.
  const https = isHttpsUrl(appUrl());
  const trusted = env().TRUST_PROXY > 0;
  const server = http.createServer((req, res) => {
    if (https) res.setHeader(HSTS.key, HSTS.value);
    // The client's address comes from the socket unless proxies are trusted (lib/request.ts).
    if (!trusted) {
      const headers = req.headers;
      for (const name of FORWARDING) if (headers[name] !== undefined) delete headers[name];
      const peer = req.socket.remoteAddress;
      if (peer) headers["x-forwarded-for"] = peer.startsWith("::ffff:") ? peer.slice(7) : peer;
    }
    const url = req.url ?? "/";
    if (!METHODS.has(req.method ?? "")) {
      return answerJson(res, 405, "method_not_allowed", "This method is not allowed here.", { Allow: "GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS" });
    }
    if (!wellFormedPath(url)) return answerJson(res, 404, "not_found", "No such API endpoint.");
    const pathname = url.split("?")[0] ?? "/";
    if (isApiPath(pathname) || !nextHandler) return api(req, res);
    nextHandler(req, res).catch((error: unknown) => {
      logLine.error("zapier-console", `request failed: ${(error as Error).message}`);
      if (!res.headersSent) answerJson(res, 500, "internal_error", "Something went wrong on our side. Try again.");
    });
  });
  if (nextApp) {
    const upgrade = nextApp.getUpgradeHandler();
    server.on("upgrade", (req, socket, head) => void upgrade(req, socket, head));
  }
  server.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EADDRINUSE") fail(`port ${port} is already in use (another server?). Set PORT to a free port.`);
    if (error.code === "EACCES") fail(`not allowed to listen on port ${port}. Set PORT to a port above 1023.`);
    fail(error.message);
  });
  server.keepAliveTimeout = 65_000;
  server.listen(port, host, () => {
    const where = host === "::" || host === "0.0.0.0" ? "every interface" : host;
    log(`listening on ${where}, port ${port}${mode === "api" ? " (Base URL API only)" : ""}`);
    if (mode === "api") return log(`Base URL: ${appUrl()}/api/zapier/v1`);
    if (demo) {
      log(`open ${appUrl()} and sign in with one of (${passwordHint}):`);
      for (const l of demoLogins()) log(`  ${l.email.padEnd(22)} ${l.role.toLowerCase().padEnd(5)} ${l.service}`);
    } else {
      log(`open ${appUrl()}`);
    }
  });

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`stopping on ${signal}`);
    server.close();
    void (async () => {
      const { stopInProcessWorker } = await import("@/lib/delivery/worker");
      await stopInProcessWorker().catch(() => {});
      await flushRequestLog().catch(() => {});
      await nextApp?.close().catch(() => {});
      await closeLimiterStores();
      await closeDatabase().catch(() => {});
      process.exit(0);
    })();
    setTimeout(() => process.exit(0), 10_000).unref();
  };
  process.once("SIGTERM", () => stop("SIGTERM"));
  process.once("SIGINT", () => stop("SIGINT"));
}

await main();
