import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { TEST_ENV } from "../setup/fixtures";
import { freePort, type RunningServer } from "./server";

const root = path.resolve(import.meta.dirname, "../..");

/** `npm run api`: the Base URL service alone (no Next), on a free port against the given database. */
export async function startApiServer(opts: { databaseUrl: string; env?: Record<string, string> }): Promise<RunningServer> {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const logPath = path.join(os.tmpdir(), `zapier-api-${port}-${Date.now()}.log`);
  const out = fs.openSync(logPath, "a");
  const child = spawn(process.execPath, [path.join(root, "scripts/serve.mjs"), "--api", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: root,
    env: { ...process.env, ...TEST_ENV, NODE_ENV: "production", DATABASE_URL: opts.databaseUrl, APP_URL: baseUrl, ...opts.env },
    stdio: ["ignore", out, out],
  });
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`API server exited with ${child.exitCode}:\n${fs.readFileSync(logPath, "utf8")}`);
    const ok = await fetch(`${baseUrl}/healthz`).then((r) => r.ok, () => false);
    if (ok) break;
    if (Date.now() > deadline) throw new Error(`API server did not answer:\n${fs.readFileSync(logPath, "utf8")}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    baseUrl,
    port,
    logPath,
    process: child,
    stop(signal: NodeJS.Signals = "SIGTERM") {
      return new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
        child.once("exit", () => (clearTimeout(timer), resolve()));
        child.kill(signal);
      });
    },
  };
}

/** Runs the project's server with the given environment and waits for it to exit (start-up failures). */
export async function runServerToExit(env: Record<string, string>, args: string[] = ["--api"], timeoutMs = 15_000, port?: number) {
  const child = spawn(process.execPath, [path.join(root, "scripts/serve.mjs"), ...args, "-p", String(port ?? (await freePort())), "-H", "127.0.0.1"], {
    cwd: root,
    env: { ...process.env, ...TEST_ENV, NODE_ENV: "production", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (d: Buffer) => (output += d.toString()));
  child.stderr.on("data", (d: Buffer) => (output += d.toString()));
  const started = Date.now();
  const code = await new Promise<number | null>((resolve) => {
    const timer = setTimeout(() => (child.kill("SIGKILL"), resolve(null)), timeoutMs);
    child.once("exit", (c) => (clearTimeout(timer), resolve(c)));
  });
  return { code, output, ms: Date.now() - started };
}
