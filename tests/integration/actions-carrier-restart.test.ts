import { afterAll, beforeAll, expect, it } from "vitest";
import { act } from "../helpers/actions";
import { createTestDatabase, seedTestDatabase, startNextServer, type RunningServer, type TestDatabase } from "../helpers/server";
import { appFetch, createAccount, login } from "../helpers/session";
import { startSink, waitFor, type Sink } from "../helpers/sink";
import { adminEmail } from "../setup/fixtures";

/**
 * The sandbox carrier keeps each SMS's due time in the database: an SMS accepted just before the
 * server stops is still reported (as sms.status) once it is back.
 */
let db: TestDatabase;
let server: RunningServer | undefined;
let sink: Sink;
const env = { SMS_CARRIER_DELAY_MS: "6000" };

beforeAll(async () => {
  db = await createTestDatabase();
  seedTestDatabase(db.databaseUrl);
  sink = await startSink();
}, 120_000);
afterAll(async () => {
  await server?.stop();
  await sink.close();
  await db.drop();
});

it("an SMS pending when the server stops is reported after the restart", async () => {
  server = await startNextServer({ databaseUrl: db.databaseUrl, env });
  const admin = await login(adminEmail("actions"), undefined, server.baseUrl);
  const { account, appToken } = await createAccount(admin, "Carrier restart");
  const creds = { appId: account.appId, appToken, accountId: account.id, serviceId: "" };
  const hook = await appFetch(creds, "/hooks", { method: "POST", json: { event: "sms.status", targetUrl: sink.url("/sms") } }, server.baseUrl);
  expect(hook.status).toBe(201);
  const numbers = (await act(creds, "GET", "/numbers", undefined, undefined, server.baseUrl)).body.numbers as { Number: string }[];
  const sent = await act(creds, "POST", "/sms", { sender_number: numbers[0]?.Number, recipient_number: "+85291239999", text: "before the restart" }, undefined, server.baseUrl);
  expect(sent.status).toBe(201);
  const transactionId = String((sent.body.sms as { transactionId: string }).transactionId);
  // Stopped before the outcome was due (6 s after sending).
  await server.stop();
  expect(sink.to("/sms")).toEqual([]);

  server = await startNextServer({ databaseUrl: db.databaseUrl, env, port: server.port });
  await waitFor(() => sink.to("/sms").some((r) => r.body.includes(transactionId)), "sms.status after the restart", 30_000);
  const payload = JSON.parse(sink.to("/sms").find((r) => r.body.includes(transactionId))?.body ?? "{}") as Record<string, unknown>;
  expect(payload).toMatchObject({ event: "sms.status", transactionId, status: "Timeout" });
  expect(sink.to("/sms").filter((r) => r.body.includes(transactionId))).toHaveLength(1);
}, 180_000);
