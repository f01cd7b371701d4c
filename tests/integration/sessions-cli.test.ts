import { spawnSync } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, seedTestDatabase, startNextServer, type RunningServer, type TestDatabase } from "../helpers/server";
import { login, type Session } from "../helpers/session";
import { adminEmail, legacyHashEmail, staffEmail, TEST_PASSWORD } from "../setup/fixtures";

/**
 * What the users CLI does to sessions, and the bcrypt → argon2id rehash, on a server and database of
 * their own: the embedded database allows one process at a time, so the CLI runs while the server is stopped.
 */
const root = path.resolve(import.meta.dirname, "../..");
const tsx = path.join(root, "node_modules/.bin/tsx");
let db: TestDatabase;
let server: RunningServer;

function run(args: string[], input?: string) {
  const r = spawnSync(tsx, args, { cwd: root, env: { ...process.env, DATABASE_URL: db.databaseUrl }, input, encoding: "utf8" });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

beforeAll(async () => {
  db = await createTestDatabase();
  seedTestDatabase(db.databaseUrl);
  server = await startNextServer({ databaseUrl: db.databaseUrl });
});
afterAll(async () => {
  await server?.stop();
  await db?.drop();
});

describe("the users CLI ends sessions; a bcrypt hash is replaced at sign-in", () => {
  it("remove, role and password revoke every session of the user at once", async () => {
    const base = server.baseUrl;
    const removed = await login(adminEmail("acme"), TEST_PASSWORD, base);
    const demoted = await login(adminEmail("globex"), TEST_PASSWORD, base);
    const repassworded = await login(staffEmail("crud"), TEST_PASSWORD, base);
    const bystander = await login(staffEmail("globex"), TEST_PASSWORD, base);
    const legacy = await login(legacyHashEmail, TEST_PASSWORD, base);
    for (const s of [removed, demoted, repassworded, bystander, legacy]) expect((await s.fetch("/api/zapier-accounts")).status).toBe(200);
    const port = server.port;
    await server.stop();

    expect(run(["tests/setup/user-hash.ts", legacyHashEmail]).out).toContain("hash: $argon2id$");
    expect(run(["scripts/users.ts", "remove", "--email", adminEmail("acme")]).status).toBe(0);
    expect(run(["scripts/users.ts", "role", "--email", adminEmail("globex"), "--role", "staff"]).out).toContain("their sessions have ended");
    expect(run(["scripts/users.ts", "password", "--email", staffEmail("crud"), "--password-stdin"], "a-new-password-1\n").status).toBe(0);

    server = await startNextServer({ databaseUrl: db.databaseUrl, port });
    const revoked: Session[] = [removed, demoted, repassworded];
    for (const s of revoked) {
      expect((await s.fetch("/api/zapier-accounts")).status, s.email).toBe(401);
      expect((await s.fetch("/api/zapier-accounts", { method: "POST", json: { name: "x" } })).status, s.email).toBe(401);
    }
    // Others keep theirs; the demoted admin signs in again as staff; the rehashed user still signs in.
    expect((await bystander.fetch("/api/zapier-accounts")).status).toBe(200);
    const again = await login(adminEmail("globex"), TEST_PASSWORD, server.baseUrl);
    expect((await again.fetch("/api/zapier-accounts", { method: "POST", json: { name: "x" } })).status).toBe(403);
    await expect(login(legacyHashEmail, TEST_PASSWORD, server.baseUrl)).resolves.toBeDefined();
    await expect(login(staffEmail("crud"), "a-new-password-1", server.baseUrl)).resolves.toBeDefined();
  });
});
