import type { Page } from "@playwright/test";
import { expect, expectAccessible, screenshot, test } from "./fixtures";
import { startSink, subscribeAndPublish } from "./hooks";

/** The account page's Subscriptions and Deliveries tabs (the account is opened by its name in the list). */
async function openTabs(page: Page, name: string) {
  await page.goto("/admin/integrations/zapier");
  await page.getByRole("link", { name, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  return {
    subscriptions: async () => {
      await page.getByRole("tab", { name: "Subscriptions" }).click();
      return page.getByRole("table", { name: "REST-hook subscriptions of this account" });
    },
    deliveries: async () => {
      await page.getByRole("tab", { name: "Deliveries" }).click();
      return page.getByRole("table", { name: "The last 50 deliveries of this account, newest first" });
    },
  };
}

test("the account page shows subscriptions and deliveries; attempts expand; an admin retries a failed delivery", async ({ page, loginAs }) => {
  const sink = await startSink();
  try {
    await loginAs("activity");
    await subscribeAndPublish(page, "Activity Zaps", sink.url);
    const tabs = await openTabs(page, "Activity Zaps");

    const subscriptions = await tabs.subscriptions();
    await expect(subscriptions.getByRole("rowheader", { name: "Tag created" })).toBeVisible();
    await expect(subscriptions.getByRole("cell", { name: sink.url })).toBeVisible();

    const deliveries = await tabs.deliveries();
    await expect(page).toHaveURL(/\?tab=deliveries$/);
    // Two tries (the e2e server's DELIVERY_MAX_ATTEMPTS), both answered 500: the list refreshes itself.
    await expect(deliveries.getByText("Failed", { exact: true })).toBeVisible({ timeout: 20_000 });
    await expect(deliveries.getByRole("cell", { name: "500", exact: true })).toBeVisible();
    await deliveries.getByRole("button", { name: "Attempts" }).click();
    const attempts = page.getByRole("list", { name: "Attempts of Tag created" });
    await expect(attempts.getByRole("listitem")).toHaveCount(2);
    await expect(attempts.getByRole("listitem").first()).toContainText("HTTP 500");
    await expectAccessible(page, "the Deliveries tab with attempts");
    await screenshot(page, "activity-failed");

    await deliveries.getByRole("button", { name: "Attempts" }).click();
    await expect(attempts).toBeHidden();
    sink.state.status = 200;
    await deliveries.getByRole("button", { name: "Retry" }).click();
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
    const tabs = await openTabs(page, "Staff Activity");
    const subscriptions = await tabs.subscriptions();
    await expect(subscriptions.getByRole("rowheader", { name: "Tag created" })).toBeVisible();
    // Zapier hook URLs act as secrets: staff see only where they point.
    await expect(subscriptions.getByText(sink.url)).toHaveCount(0);
    await expect(subscriptions.getByRole("button", { name: "Send test event" })).toHaveCount(0);
    const deliveries = await tabs.deliveries();
    await expect(deliveries.getByText("Failed", { exact: true })).toBeVisible({ timeout: 20_000 });
    await expect(deliveries.getByRole("button", { name: "Retry" })).toHaveCount(0);
  } finally {
    await sink.close();
  }
});
