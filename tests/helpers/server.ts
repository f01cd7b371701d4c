import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { TEST_ENV } from "../setup/fixtures";

const root = path.resolve(import.meta.dirname, "../..");

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

export interface TestDatabase {
  kind: "embedded" | "postgres";
  databaseUrl: string;
  drop(): Promise<void>;
}

/**
 * A fresh database per run: a new PostgreSQL database on the server TEST_DATABASE_URL names,
 * or a new embedded (PGlite) directory. Runs never see each other's data.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (serverUrl) {
    const name = `zapier_test_${Date.now()}_${crypto.randomBytes(3).toString("hex")}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    return {
      kind: "postgres",
      databaseUrl: url.toString(),
      async drop() {
        const c = new pg.Client({ connectionString: serverUrl });
        await c.connect();
        await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await c.end();
      },
    };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "zapier-test-"));
  return {
    kind: "embedded",
    databaseUrl: `file:${path.join(dir, "pglite")}`,
    async drop() {
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function seedTestDatabase(databaseUrl: string) {
  const result = spawnSync(path.join(root, "node_modules/.bin/tsx"), ["tests/setup/seed.ts"], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: databaseUrl },
    encoding: "utf8",
  });
  if (result.status !== 0) throw new Error(`seeding the test database failed:\n${result.stdout}\n${result.stderr}`);
}

export function distDir() {
  return process.env.NEXT_DIST_DIR || ".next";
}

export function ensureBuild() {
  if (fs.existsSync(path.join(root, distDir(), "BUILD_ID"))) return;
  const result = spawnSync(path.join(root, "node_modules/.bin/next"), ["build"], { cwd: root, stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (result.status !== 0) throw new Error("next build failed");
}

export interface RunningServer {
  baseUrl: string;
  port: number;
  logPath: string;
  process: ChildProcess;
  stop(signal?: NodeJS.Signals): Promise<void>;
}

async function waitForHttp(url: string, child: ChildProcess, logPath: string, timeoutMs = 90_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}:\n${fs.readFileSync(logPath, "utf8")}`);
    try {
      const res = await fetch(url);
      if (res.status < 500) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`server did not answer ${url} within ${timeoutMs} ms:\n${fs.readFileSync(logPath, "utf8")}`);
}

/** Starts the production build (`next start` through scripts/serve.mjs, as `npm start` does) on a free port against the given database. */
export async function startNextServer(opts: { databaseUrl: string; env?: Record<string, string>; port?: number }): Promise<RunningServer> {
  const port = opts.port ?? (await freePort());
  const baseUrl = `http://127.0.0.1:${port}`;
  const logPath = path.join(os.tmpdir(), `zapier-server-${port}-${Date.now()}.log`);
  const out = fs.openSync(logPath, "a");
  const child = spawn(process.execPath, [path.join(root, "scripts/serve.mjs"), "-p", String(port), "-H", "127.0.0.1"], {
    cwd: root,
    env: {
      ...process.env,
      ...TEST_ENV,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_URL: opts.databaseUrl,
      APP_URL: baseUrl,
      NEXTAUTH_URL: baseUrl,
      ...opts.env,
    },
    stdio: ["ignore", out, out],
  });
  await waitForHttp(`${baseUrl}/api/auth/csrf`, child, logPath);
  return {
    baseUrl,
    port,
    logPath,
    process: child,
    stop(signal: NodeJS.Signals = "SIGTERM") {
      return new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
        child.once("exit", () => {
          clearTimeout(timer);
          resolve();
        });
        child.kill(signal);
      });
    },
  };
}
