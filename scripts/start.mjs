#!/usr/bin/env node
// `npm start`: build when there is no production build yet or the sources changed since the last
// one (a fingerprint of their contents is kept beside the build), then serve it. The server
// itself applies migrations, seeds the embedded demo database on first start and prints
// where to open it and the demo logins.
import "../lib/load-dotenv.mjs";
import { spawnSync, spawn } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

process.env.NEXT_TELEMETRY_DISABLED = "1";
const port = process.env.PORT || "3000";
process.env.APP_URL ||= `http://localhost:${port}`;

// What `next build` reads. A `git pull` or an edit changes the fingerprint, so nobody is served a stale build.
const BUILD_INPUTS = ["app", "components", "contract", "i18n", "lib", "messages", "prisma", "public", "types"];
const BUILD_FILES = ["instrumentation.ts", "proxy.ts", "next.config.js", "package-lock.json", "postcss.config.mjs", "tsconfig.json"];
const SKIP = new Set(["generated", "node_modules"]);

function sourceFingerprint() {
  const hash = createHash("sha256");
  const add = (file) => {
    hash.update(file).update("\0");
    hash.update(fs.readFileSync(file)).update("\0");
  };
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!SKIP.has(entry.name)) walk(full);
      } else if (entry.isFile()) add(full);
    }
  };
  for (const dir of BUILD_INPUTS) if (fs.existsSync(dir)) walk(dir);
  for (const file of BUILD_FILES) if (fs.existsSync(file)) add(file);
  return hash.digest("hex");
}

const nextBin = fileURLToPath(import.meta.resolve("next/dist/bin/next"));
const distDir = process.env.NEXT_DIST_DIR || ".next";
// Outside the build folder: `next build` empties that folder, which would make every later start rebuild.
const stampFile = path.join("node_modules", ".cache", "zapier-console", `${path.basename(distDir)}.fingerprint`);
const fingerprint = sourceFingerprint();
const built = fs.existsSync(path.join(distDir, "BUILD_ID")) && fs.existsSync(stampFile) && fs.readFileSync(stampFile, "utf8") === fingerprint;
if (!built || process.argv.includes("--build")) {
  console.log(
    fs.existsSync(path.join(distDir, "BUILD_ID"))
      ? "[zapier-console] the sources changed since the last build: building the production bundle…"
      : "[zapier-console] building the production bundle (first start only)…",
  );
  const build = spawnSync(process.execPath, [nextBin, "build"], { stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
  fs.mkdirSync(path.dirname(stampFile), { recursive: true });
  fs.writeFileSync(stampFile, fingerprint);
}

// The project's server (scripts/serve.mjs: console and Base URL API on one port) as a child, so a
// signal sent to this process reaches the server, which then exits with it. It reads PORT and HOST.
const serve = fileURLToPath(new URL("./serve.mjs", import.meta.url));
const server = spawn(process.execPath, [serve, "-p", port], { stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
