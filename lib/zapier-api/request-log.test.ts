import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// The request log's buffer and its one-statement write, on an embedded database of its own
// (the integration tests read the log through the console's API; this checks every column).
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "request-log-test-"));
process.env.DATABASE_URL = `file:${dir}`;
const { closeDatabase, db, ensureDatabase } = await import("@/lib/db");
const { flushRequestLog, recordRequest } = await import("./request-log");
type RequestLogEntry = import("./request-log").RequestLogEntry;

/** A row as stored: the recorded entry's fields, an id, and the time as a timestamp. */
type Row = Omit<RequestLogEntry, "createdAt"> & { id: string; createdAt: Date };
const rows = (accountId: string) => db().query<Row>(`SELECT * FROM "ApiRequest" WHERE "accountId" = $1 ORDER BY "createdAt", "durationMs"`, [accountId]);
const entry = (accountId: string, i: number) => ({
  serviceId: "svc",
  accountId,
  method: i % 2 ? "POST" : "GET",
  path: i % 2 ? "/api/zapier/v1/contacts" : "/api/zapier/v1/me",
  action: i % 2 ? "contacts.create" : "me",
  status: i % 3 ? 200 : 429,
  durationMs: i,
  idempotentReplay: i % 4 === 1,
  touched: i % 2 ? [`c${i}`, `d${i}`] : [],
  ipAddress: i % 5 ? (i % 2 ? "2001:db8::1" : "203.0.113.7") : null,
  createdAt: Date.UTC(2026, 11, 8, 12, 0, 0, i),
});

beforeAll(async () => {
  await ensureDatabase();
}, 60_000);
afterAll(async () => {
  await closeDatabase();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("the request log", () => {
  it("writes every field of a batch as recorded", async () => {
    const expected = Array.from({ length: 12 }, (_, i) => entry("batch", i));
    for (const e of expected) recordRequest(e);
    await flushRequestLog();
    const written = await rows("batch");
    expect(written).toHaveLength(expected.length);
    written.forEach((row, i) => {
      const { createdAt, ...rest } = expected[i] ?? entry("none", 0);
      expect(row).toMatchObject(rest);
      expect(new Date(row.createdAt).getTime()).toBe(createdAt);
      expect(row.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    });
  });

  it("writes a batch of one call that touched nothing and has no address", async () => {
    recordRequest({ ...entry("single", 0), ipAddress: null, touched: [] });
    await flushRequestLog();
    expect(await rows("single")).toEqual([expect.objectContaining({ touched: [], ipAddress: null, status: 429, action: "me" })]);
  });

  it("writes a buffer past one statement's batch in several, and nothing twice", async () => {
    for (let i = 0; i < 1_234; i++) recordRequest(entry("many", i));
    await flushRequestLog();
    const written = await rows("many");
    expect(written).toHaveLength(1_234);
    expect(new Set(written.map((r) => r.id)).size).toBe(1_234);
    expect(written.map((r) => r.durationMs)).toEqual(Array.from({ length: 1_234 }, (_, i) => i));
  });
});
