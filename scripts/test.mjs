#!/usr/bin/env node
// `npm test`: every check, in the order that fails fastest.
//   lint → typecheck → unit → production build → integration + Zapier app (embedded PGlite)
//   → integration + Zapier app again on PostgreSQL when TEST_DATABASE_URL names a server
//   → Playwright end-to-end in Chromium.
// SKIP_E2E=1 leaves the browser suite out (for a quick local run). The last line sums up
// every test that ran: "N passed, N failed".
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

process.env.NEXT_TELEMETRY_DISABLED = "1";
const bin = (name) => path.join("node_modules", ".bin", name);

// Everything the suites write to the temp folder (databases, server logs, reports, browser
// profiles) goes under one folder of this run: every child gets it as TMPDIR, and it is removed at
// the end, so no run leaves anything behind, not even after a crash of a server or a killed e2e
// server that could not clean up. When a step fails, the server logs are kept in test-results/logs/.
const runTmp = fs.mkdtempSync(path.join(os.tmpdir(), "zapier-test-run-"));
process.env.TMPDIR = process.env.TMP = process.env.TEMP = runTmp;
const reportDir = path.join(runTmp, "reports");
fs.mkdirSync(reportDir);
const keptLogs = path.join("test-results", "logs");
fs.rmSync(keptLogs, { recursive: true, force: true });

/** On failure, the run's *.log files (servers' output) are copied to test-results/logs/; then the run's folder goes. */
function cleanUp(ok) {
  if (!ok) {
    const logs = [];
    const walk = (dir) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (entry.isFile() && entry.name.endsWith(".log")) logs.push(full);
      }
    };
    walk(runTmp);
    if (logs.length > 0) {
      fs.mkdirSync(keptLogs, { recursive: true });
      for (const log of logs) fs.copyFileSync(log, path.join(keptLogs, path.basename(log)));
      console.log(`server logs of this run: ${keptLogs}/`);
    }
  }
  fs.rmSync(runTmp, { recursive: true, force: true });
}
const totals = { passed: 0, failed: 0, skipped: 0 };
const timings = [];

function run(label, command, args, env = {}) {
  console.log(`\n━━ ${label} ━━`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
  timings.push([label, Math.round((Date.now() - started) / 1000)]);
  if (result.signal === "SIGINT" || result.signal === "SIGTERM") {
    // Interrupted (Ctrl-C reaches the whole process group): stop here, leaving nothing behind.
    fs.rmSync(runTmp, { recursive: true, force: true });
    process.exit(130);
  }
  return result.status === 0;
}

function vitest(label, projects, env = {}) {
  const out = path.join(reportDir, `${label.replace(/\W+/g, "-")}.json`);
  const ok = run(label, bin("vitest"), ["run", ...projects.flatMap((p) => ["--project", p]), "--reporter=default", "--reporter=json", `--outputFile.json=${out}`], env);
  if (fs.existsSync(out)) {
    const r = JSON.parse(fs.readFileSync(out, "utf8"));
    totals.passed += r.numPassedTests;
    totals.failed += r.numFailedTests;
    totals.skipped += r.numPendingTests + r.numTodoTests;
  } else if (!ok) totals.failed += 1;
  return ok;
}

function playwright() {
  const out = path.join(reportDir, "e2e.json");
  const ok = run("end-to-end (Playwright, Chromium)", bin("playwright"), ["test", "--reporter=list,json"], { PLAYWRIGHT_JSON_OUTPUT_NAME: out });
  if (fs.existsSync(out)) {
    const s = JSON.parse(fs.readFileSync(out, "utf8")).stats;
    totals.passed += s.expected + s.flaky;
    totals.failed += s.unexpected;
    totals.skipped += s.skipped;
  } else if (!ok) totals.failed += 1;
  return ok;
}

function finish(ok) {
  console.log("\n━━ summary ━━");
  for (const [label, seconds] of timings) console.log(`  ${label.padEnd(48)} ${seconds}s`);
  cleanUp(ok);
  console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
  process.exit(ok ? 0 : 1);
}

// Lint, types, unit tests and the build gate everything after them; the test suites all run.
const gates = [
  () => run("lint", bin("eslint"), [".", "--max-warnings", "0"]),
  () => run("typecheck", bin("tsc"), ["--noEmit"]) && run("typecheck (zapier-app)", bin("tsc"), ["-p", "zapier-app", "--noEmit"]),
  () => vitest("unit", ["unit"]),
  () => run("production build", bin("next"), ["build"]),
];
const steps = [() => vitest("integration + Zapier app on embedded PGlite", ["integration", "zapier-app"], { TEST_DATABASE_URL: "" })];
if (process.env.TEST_DATABASE_URL) {
  steps.push(() => vitest("integration + Zapier app on PostgreSQL", ["integration", "zapier-app"]));
} else {
  console.log("TEST_DATABASE_URL is not set: the PostgreSQL run (and its multi-process tests) is skipped.");
}
if (process.env.SKIP_E2E !== "1") steps.push(playwright);

for (const gate of gates) if (!gate()) finish(false);
let ok = true;
for (const step of steps) if (!step()) ok = false;
finish(ok);
