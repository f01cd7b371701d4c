import crypto from "node:crypto";
import http from "node:http";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { ApiError } from "@/lib/api/errors";
import { smsSchema } from "../schemas";
import { forwardAction, signPlatformRequest } from "./client";

type Answer = { status: number; body: string; headers?: Record<string, string> } | "hang";
let next: Answer = { status: 200, body: "{}" };
const seen: { path: string; headers: http.IncomingHttpHeaders; body: string }[] = [];
let server: http.Server;
let url = "";
const SECRET = "platform-secret-0123456789abcdef";

beforeAll(async () => {
  server = http.createServer((req, res) => {
    let body = "";
    req.on("data", (d: Buffer) => (body += d.toString("utf8")));
    req.on("end", () => {
      seen.push({ path: req.url ?? "", headers: req.headers, body });
      if (next === "hang") return;
      res.writeHead(next.status, { "content-type": "application/json", ...next.headers });
      res.end(next.body);
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((r) => server.close(() => r()));
});

const caller = { serviceId: "svc_1", accountId: "acc_1" };
const config = () => ({ platformUrl: url, platformSecret: SECRET, platformTimeoutMs: 300, carrierDelayMs: 0, carrierPollMs: 0 });
const sms = { id: "sms_1", transactionId: "txn_1", responseCode: 0, exception: null, status: "Submitted", segments: 1, senderNumber: "+85230001234", recipientNumber: "+85291234567", text: "hi" };
const send = () => forwardAction("send_sms", caller, { text: "hi" }, "sms", smsSchema, config());
const failure = async () => {
  const error = await send().then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
};

describe("platform forwarding", () => {
  it("posts { serviceId, accountId, input } to /zapier-actions/{action}, signed as Standard Webhooks, and returns the checked answer", async () => {
    next = { status: 200, body: JSON.stringify({ sms: { ...sms, extra: "dropped" } }) };
    await expect(send()).resolves.toEqual(sms);
    const req = seen.at(-1);
    expect(req?.path).toBe("/zapier-actions/send_sms");
    expect(JSON.parse(req?.body ?? "")).toEqual({ serviceId: "svc_1", accountId: "acc_1", input: { text: "hi" } });
    const id = String(req?.headers["webhook-id"]);
    const ts = String(req?.headers["webhook-timestamp"]);
    expect(Math.abs(Number(ts) - Date.now() / 1000)).toBeLessThan(5);
    const expected = crypto.createHmac("sha256", SECRET).update(`${id}.${ts}.${req?.body}`).digest("base64");
    expect(req?.headers["webhook-signature"]).toBe(`v1,${expected}`);
    expect(signPlatformRequest(SECRET, "b", "msg_1", 1)["webhook-signature"]).toBe(`v1,${crypto.createHmac("sha256", SECRET).update("msg_1.1.b").digest("base64")}`);
  });

  it("maps the platform's errors: 4xx → 422 with its message, 404 → 404, 429 → 429 with Retry-After", async () => {
    next = { status: 400, body: JSON.stringify({ error: { message: "Recipient is blocked.", field: "recipient_number" } }) };
    expect(await failure()).toMatchObject({ code: "invalid_input", message: "Recipient is blocked.", field: "recipient_number", status: 422 });
    next = { status: 409, body: JSON.stringify({ message: "Duplicate." }) };
    expect(await failure()).toMatchObject({ code: "invalid_input", message: "Duplicate." });
    next = { status: 404, body: JSON.stringify({ error: { message: "No such number." } }) };
    expect(await failure()).toMatchObject({ code: "not_found", message: "No such number.", status: 404 });
    next = { status: 429, body: "{}", headers: { "retry-after": "17" } };
    expect(await failure()).toMatchObject({ code: "rate_limited", status: 429, headers: { "Retry-After": "17" } });
  });

  it("5xx, a malformed or invalid answer and a timeout → 502 platform_unavailable", async () => {
    const quiet = vi.spyOn(console, "error").mockImplementation(() => {});
    for (const answer of [
      { status: 500, body: "{}" },
      { status: 503, body: "down" },
      { status: 200, body: "not json" },
      { status: 200, body: JSON.stringify({ sms: { ...sms, segments: "one" } }) },
      { status: 200, body: JSON.stringify({ message: sms }) },
    ]) {
      next = answer;
      expect(await failure()).toMatchObject({ code: "platform_unavailable", status: 502 });
    }
    next = "hang";
    const started = Date.now();
    expect(await failure()).toMatchObject({ code: "platform_unavailable" });
    expect(Date.now() - started).toBeLessThan(2_000);
    quiet.mockRestore();
  });

  it("an unreachable platform → 502", async () => {
    const quiet = vi.spyOn(console, "error").mockImplementation(() => {});
    const error = await forwardAction("list_rooms", caller, {}, "rooms", z.array(z.object({ id: z.string() })), { ...config(), platformUrl: "http://127.0.0.1:1" }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "platform_unavailable" });
    quiet.mockRestore();
  });
});
