import http from "node:http";
import type { AddressInfo } from "node:net";
import type { Page } from "@playwright/test";
import type { AccountWithTokenResponse } from "@/lib/zapier-accounts/schemas";
import { E2E_INGEST_SECRET } from "./constants";
import { createAccount, expect } from "./fixtures";

/** A local REST-hook target whose answer the test controls; it keeps the bodies it received. */
export async function startSink() {
  const state = { status: 500, received: 0, bodies: [] as unknown[] };
  const server = http.createServer((req, res) => {
    let raw = "";
    req.setEncoding("utf8");
    req.on("data", (chunk: string) => (raw += chunk));
    req.on("end", () => {
      state.received++;
      try {
        state.bodies.push(raw ? JSON.parse(raw) : null);
      } catch {
        state.bodies.push(raw);
      }
      res.writeHead(state.status).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/zap`;
  return { state, url, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** As Zapier does when a Zap is turned on: subscribe a REST hook with the account's credentials. */
export async function subscribe(page: Page, created: AccountWithTokenResponse, event: string, targetUrl: string) {
  const headers = { "X-App-Id": created.account.appId, Authorization: `Bearer ${created.appToken}` };
  const hook = await page.request.post(`${created.account.baseUrl}/hooks`, { headers, data: { event, targetUrl } });
  expect(hook.status(), await hook.text()).toBe(201);
  return headers;
}

/** An account with one hook, and one event published to it (as the platform would). */
export async function subscribeAndPublish(page: Page, name: string, targetUrl: string) {
  const created = await createAccount(page, name);
  const headers = await subscribe(page, created, "tag.created", targetUrl);
  const me = (await (await page.request.get(`${created.account.baseUrl}/me`, { headers })).json()) as { service: { id: string } };
  const published = await page.request.post("/api/internal/events", {
    headers: { Authorization: `Bearer ${E2E_INGEST_SECRET}` },
    data: { serviceId: me.service.id, event: "tag.created", data: { status: "created", id: "tag-1", name: "VIP", colorCode: "#FF8800" } },
  });
  expect(published.status(), await published.text()).toBe(202);
  return created;
}
