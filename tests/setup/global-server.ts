import fs from "node:fs";
import type { TestProject } from "vitest/node";
import { createTestDatabase, ensureBuild, seedTestDatabase, startNextServer } from "../helpers/server";
import { TEST_ENV, TEST_PASSWORD } from "./fixtures";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    serverLogPath: string;
    databaseUrl: string;
    databaseKind: "embedded" | "postgres";
    password: string;
    ingestSecret: string;
  }
}

/**
 * One production server per run, on a free port, against a fresh database seeded with the
 * test tenants (tests/setup/fixtures.ts).
 */
export default async function setup(project: TestProject) {
  ensureBuild();
  const db = await createTestDatabase();
  seedTestDatabase(db.databaseUrl);
  const server = await startNextServer({ databaseUrl: db.databaseUrl });
  project.provide("baseUrl", server.baseUrl);
  project.provide("serverLogPath", server.logPath);
  project.provide("databaseUrl", db.databaseUrl);
  project.provide("databaseKind", db.kind);
  project.provide("password", TEST_PASSWORD);
  project.provide("ingestSecret", TEST_ENV.EVENTS_INGEST_SECRET);
  console.log(`[integration] server ${server.baseUrl} on ${db.kind} database; log ${server.logPath}`);
  return async () => {
    await server.stop();
    await db.drop();
    // The server's log is worth keeping only when something failed.
    const failed = project.vitest.state.getCountOfFailedTests() > 0 || project.vitest.state.getUnhandledErrors().length > 0;
    if (failed) console.log(`[integration] server log kept: ${server.logPath}`);
    else fs.rmSync(server.logPath, { force: true });
  };
}
