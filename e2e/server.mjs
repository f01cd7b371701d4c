#!/usr/bin/env node
// Playwright's webServer: a fresh embedded database, seeded, then the production server from an
// already built folder (NEXT_DIST_DIR, default .next). Seeding happens before `next start`
// because PGlite allows one process per data directory.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const port = process.env.E2E_PORT || "3210";
const distDir = process.env.NEXT_DIST_DIR || ".next";
if (!fs.existsSync(path.join(root, distDir, "BUILD_ID"))) {
  console.error(`[e2e] no production build in ${distDir}/: run \`next build\` first (NEXT_DIST_DIR selects the folder).`);
  process.exit(1);
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "zapier-e2e-"));
const env = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: "1",
  NODE_ENV: "production",
  DATABASE_URL: `file:${path.join(dir, "pglite")}`,
  APP_URL: `http://127.0.0.1:${port}`,
  NEXT_DIST_DIR: distDir,
  SEED_DEMO: "false",
  // Events and deliveries in the browser suite: local hook targets, a known ingest secret, quick retries.
  HOOK_TARGET_HOSTS: "http://127.0.0.1,http://localhost",
  EVENTS_INGEST_SECRET: "e2e-ingest-secret-0123456789abcdef",
  DELIVERY_POLL_MS: "200",
  DELIVERY_BACKOFF_BASE_MS: "200",
  DELIVERY_MAX_ATTEMPTS: "2",
};
const cleanup = () => fs.rmSync(dir, { recursive: true, force: true });

const bin = (name) => path.join(root, "node_modules", ".bin", name);
const seed = spawnSync(bin("tsx"), ["e2e/seed.ts"], { cwd: root, env, stdio: "inherit" });
if (seed.status !== 0) {
  cleanup();
  process.exit(seed.status ?? 1);
}

const server = spawn(process.execPath, [path.join(root, "scripts/serve.mjs"), "-p", port, "-H", "127.0.0.1"], { cwd: root, env, stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => {
  cleanup();
  process.exit(code ?? (signal ? 1 : 0));
});
