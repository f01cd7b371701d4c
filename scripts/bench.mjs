#!/usr/bin/env node
// `npm run bench`: every benchmark under bench/, one after another (each prints its own line of
// figures with a ratio against a baseline measured in the same run). Needs PostgreSQL
// (TEST_DATABASE_URL, default the local server) and, for the Redis figures, Redis (REDIS_URL).
import { spawnSync } from "node:child_process";
import fs from "node:fs";

const pkg = JSON.parse(fs.readFileSync(new URL("../package.json", import.meta.url), "utf8"));
// bench:lighthouse scores pages against fixed targets rather than a same-run baseline, and its
// Performance varies from run to run: run it on its own.
const SEPARATE = new Set(["bench:lighthouse"]);
const benches = Object.keys(pkg.scripts).filter((name) => name.startsWith("bench:") && !SEPARATE.has(name));
let failed = 0;
for (const name of benches) {
  console.log(`\n━━ ${name} ━━`);
  const r = spawnSync("npm", ["run", "--silent", name], { stdio: "inherit" });
  if (r.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
