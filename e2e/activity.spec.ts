import http from "node:http";
import type { AddressInfo } from "node:net";
import type { Page } from "@playwright/test";
import { E2E_INGEST_SECRET } from "./constants";
import { createAccount, expect, expectAccessible, rowMenu, screenshot, test } from "./fixtures";

/** A local REST-hook target whose answer the test controls. */
async function startSink() {
  const state = { status: 500, received: 0 };
  const server = http.createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      state.received++;
      res.writeHead(state.status).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/zap`;
  return { state, url, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** As Zapier and the platform would: subscribe a hook with the account's credentials, publish an event. */
async function subscribeAndPublish(page: Page, name: string, targetUrl: string) {
  const { account, appToken } = await createAccount(page, name);
  const headers = { "X-App-Id": account.appId, Authorization: `Bearer ${appToken}` };
  const hook = await page.request.post(`${account.baseUrl}/hooks`, { headers, data: { event: "tag.created", targetUrl } });
  expect(hook.status(), await hook.text()).toBe(201);
  const me = (await (await page.request.get(`${account.baseUrl}/me`, { headers })).json()) as { service: { id: string } };
  const published = await page.request.post("/api/internal/events", {
    headers: { Authorization: `Bearer ${E2E_INGEST_SECRET}` },
    data: { serviceId: me.service.id, event: "tag.created", data: { status: "created", id: "tag-1", name: "VIP", colorCode: "#FF8800" } },
  });
  expect(published.status(), await published.text()).toBe(202);
}

async function openView(page: Page, name: string) {
  await page.goto("/admin/integrations/zapier");
  await rowMenu(page, name).click();
  await page.getByRole("menuitem", { name: "View" }).click();
  const dialog = page.getByRole("dialog", { name });
  return {
    dialog,
    subscriptions: dialog.getByRole("table", { name: "REST-hook subscriptions of this account" }),
    deliveries: dialog.getByRole("table", { name: "The last 50 deliveries of this account, newest first" }),
  };
}

test("View shows the account's subscriptions and deliveries; an admin retries a failed delivery", async ({ page, loginAs }) => {
  const sink = await startSink();
  try {
    await loginAs("activity");
    await subscribeAndPublish(page, "Activity Zaps", sink.url);
    const { subscriptions, deliveries } = await openView(page, "Activity Zaps");

    await expect(subscriptions.getByRole("cell", { name: "Tag created" })).toBeVisible();
    await expect(subscriptions.getByRole("cell", { name: sink.url })).toBeVisible();
    // Two tries (the e2e server's DELIVERY_MAX_ATTEMPTS), both answered 500: the list refreshes itself.
    await expect(deliveries.getByText("Failed", { exact: true })).toBeVisible({ timeout: 20_000 });
    await expect(deliveries.getByRole("cell", { name: "500", exact: true })).toBeVisible();
    await expectAccessible(page, "the View dialog with its activity");
    await screenshot(page, "activity-failed");

    sink.state.status = 200;
    const retry = deliveries.getByRole("button", { name: "Retry" });
    await retry.click();
    await expect(page.getByText("Delivery queued again")).toBeVisible();
    await expect(deliveries.getByText("Delivered", { exact: true })).toBeVisible({ timeout: 20_000 });
    await expect(deliveries.getByRole("button", { name: "Retry" })).toHaveCount(0);
    expect(sink.state.received).toBe(3);
    await screenshot(page, "activity-delivered");
  } finally {
    await sink.close();
  }
});

test("staff see the activity but cannot retry", async ({ page, loginAs }) => {
  const sink = await startSink();
  try {
    await loginAs("activity");
    await subscribeAndPublish(page, "Staff Activity", sink.url);
    await loginAs("activity", "staff");
    const { subscriptions, deliveries } = await openView(page, "Staff Activity");
    await expect(subscriptions.getByRole("cell", { name: "Tag created" })).toBeVisible();
    // Zapier hook URLs act as secrets: staff see only where they point.
    await expect(subscriptions.getByText(sink.url)).toHaveCount(0);
    await expect(deliveries.getByText("Failed", { exact: true })).toBeVisible({ timeout: 20_000 });
    await expect(deliveries.getByRole("button", { name: "Retry" })).toHaveCount(0);
  } finally {
    await sink.close();
  }
});
