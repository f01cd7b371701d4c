#!/usr/bin/env node
// `npm start`: build once if there is no production build yet, then serve it. The server
// itself applies migrations, seeds the embedded demo database on first start and prints
// where to open it and the demo logins.
import { spawnSync, spawn } from "node:child_process";
import fs from "node:fs";

process.env.NEXT_TELEMETRY_DISABLED = "1";
const port = process.env.PORT || "3000";
process.env.APP_URL ||= `http://localhost:${port}`;

if (!fs.existsSync(".next/BUILD_ID") || process.argv.includes("--build")) {
  console.log("[zapier-console] building the production bundle (first start only)…");
  const build = spawnSync("npx", ["next", "build"], { stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const server = spawn("npx", ["next", "start", "-p", port, ...(process.env.HOSTNAME ? ["-H", process.env.HOSTNAME] : [])], { stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
