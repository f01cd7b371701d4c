import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

/**
 * scripts/test.mjs with stand-ins for eslint, tsc, vitest, next and playwright that write what the
 * real ones write to the temp folder (databases with a lock, server logs, reports): whatever the
 * outcome, the temp folder is left as it was found.
 */
const root = path.resolve(import.meta.dirname, "../..");
const work = fs.mkdtempSync(path.join(os.tmpdir(), "zapier-runner-"));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

const STAND_IN = `#!/usr/bin/env node
const fs = require("node:fs"), os = require("node:os"), path = require("node:path");
const name = path.basename(process.argv[1]);
// Like a suite: a database folder with its lock, and a server log, in the temp folder.
const data = fs.mkdtempSync(path.join(os.tmpdir(), "zapier-test-"));
fs.writeFileSync(path.join(data, "pglite.lock"), "12345");
fs.writeFileSync(path.join(os.tmpdir(), "zapier-server-" + name + ".log"), "server output of " + name + "\\n");
const out = process.argv.find((a) => a.startsWith("--outputFile.json="));
const fail = process.env.FAIL_IN === name;
if (out) fs.writeFileSync(out.split("=")[1], JSON.stringify({ numPassedTests: 1, numFailedTests: fail ? 1 : 0, numPendingTests: 0, numTodoTests: 0 }));
if (process.env.PLAYWRIGHT_JSON_OUTPUT_NAME) fs.writeFileSync(process.env.PLAYWRIGHT_JSON_OUTPUT_NAME, JSON.stringify({ stats: { expected: 1, flaky: 0, unexpected: 0, skipped: 0 } }));
process.exit(fail ? 1 : 0);
`;

function runner(extraEnv: Record<string, string>) {
  const project = fs.mkdtempSync(path.join(work, "project-"));
  const tmp = fs.mkdtempSync(path.join(work, "tmp-"));
  fs.mkdirSync(path.join(project, "node_modules/.bin"), { recursive: true });
  for (const name of ["eslint", "tsc", "vitest", "next", "playwright"]) {
    fs.writeFileSync(path.join(project, "node_modules/.bin", name), STAND_IN, { mode: 0o755 });
  }
  const r = spawnSync(process.execPath, [path.join(root, "scripts/test.mjs")], {
    cwd: project,
    env: { PATH: process.env.PATH, NODE_ENV: "test", TMPDIR: tmp, TEST_DATABASE_URL: "postgres://stand-in", ...extraEnv },
    encoding: "utf8",
  });
  return { status: r.status, out: `${r.stdout}${r.stderr}`, project, tmp };
}

describe("npm test (scripts/test.mjs)", () => {
  it("leaves nothing in the temp folder after a passing run, and keeps no logs", () => {
    const r = runner({});
    expect(r.out).toContain("4 passed, 0 failed, 0 skipped");
    expect(r.status).toBe(0);
    expect(fs.readdirSync(r.tmp)).toEqual([]);
    expect(fs.existsSync(path.join(r.project, "test-results/logs"))).toBe(false);
  }, 60_000);

  it("after a failing run, keeps the server logs in test-results/logs/ and nothing in the temp folder", () => {
    const r = runner({ FAIL_IN: "vitest" });
    expect(r.out).toMatch(/\d+ passed, [1-9]\d* failed/);
    expect(r.status).toBe(1);
    expect(fs.readdirSync(r.tmp)).toEqual([]);
    expect(fs.readdirSync(path.join(r.project, "test-results/logs")).length).toBeGreaterThan(0);
  }, 60_000);
});
