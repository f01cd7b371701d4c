import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, inject, it } from "vitest";
import { startNextServer } from "../helpers/server";

/** Start-up checks, each on a server of its own (never the suite's shared one). */
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "zapier-startup-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

let n = 0;
/** Starts a server with `env` and expects it to exit before answering; returns what it printed. */
async function startFails(env: Record<string, string>): Promise<string> {
  try {
    const server = await startNextServer({ databaseUrl: `file:${path.join(dir, `db-${n++}`)}`, env });
    await server.stop();
  } catch (error) {
    const message = (error as Error).message;
    expect(message).toMatch(/^server exited with 1/);
    return message;
  }
  throw new Error(`the server started with ${JSON.stringify(env)}`);
}

describe("start-up configuration", () => {
  it.each([
    [{ CONSOLE_RATE_LIMIT: "" }, "CONSOLE_RATE_LIMIT is set but empty"],
    [{ CONSOLE_RATE_LIMIT: "abc" }, 'CONSOLE_RATE_LIMIT must be a whole number, got "abc"'],
    [{ ZAPIER_API_RATE_LIMIT: "" }, "ZAPIER_API_RATE_LIMIT is set but empty"],
    [{ ZAPIER_API_RATE_LIMIT: "abc" }, 'ZAPIER_API_RATE_LIMIT must be a whole number, got "abc"'],
    [{ NEXTAUTH_SECRET: "a" }, "NEXTAUTH_SECRET must be at least 32 characters"],
    [{ EVENTS_INGEST_SECRET: "x" }, "EVENTS_INGEST_SECRET must be at least 32 characters"],
    [{ HOOK_SIGNING_SECRET: "short-signing-secret" }, "HOOK_SIGNING_SECRET must be at least 32 characters"],
    [{ PLATFORM_SECRET: "short" }, "PLATFORM_SECRET must be at least 32 characters"],
    [{ TRUST_PROXY: "yes" }, 'TRUST_PROXY is "yes"'],
  ])("%j stops the server with a message naming the variable", async (env, message) => {
    const out = await startFails(env);
    expect(out).toContain(`configuration error: ${message}`);
  });
});

describe("Strict-Transport-Security", () => {
  it("is on every response when APP_URL is https, and only then", async () => {
    const server = await startNextServer({ databaseUrl: `file:${path.join(dir, "hsts")}`, env: { APP_URL: "https://console.example" } });
    try {
      const page = await fetch(`${server.baseUrl}/login`);
      const scriptPath = (await page.text()).match(/\/_next\/static\/[^"]+\.js/)?.[0] ?? "/_next/static/x.js";
      for (const p of ["/login", "/api/zapier-accounts", "/api/auth/session", "/favicon.svg", scriptPath, "/no-such-page", "/api/%", "/api/zapier/v1/me"]) {
        const res = await fetch(`${server.baseUrl}${p}`, { redirect: "manual" });
        expect(res.headers.get("strict-transport-security"), p).toBe("max-age=63072000; includeSubDomains");
      }
    } finally {
      await server.stop();
    }
    // The suite's own server runs on http: no HSTS there.
    expect((await fetch(`${inject("baseUrl")}/login`)).headers.get("strict-transport-security")).toBeNull();
  });
});
