import fs from "node:fs";
import { LOCALE_COOKIE } from "@/i18n/config";
import { createAccount, expect, expectAccessible, test } from "./fixtures";

test("the audit log: seconds and time zone, filters by action, account and person, CSV of what is filtered, ?tab=audit", async ({ page, loginAs }) => {
  await loginAs("auditx");
  const first = await createAccount(page, "Audit One");
  await createAccount(page, "Audit Two");
  expect((await page.request.patch(`/api/zapier-accounts/${first.account.id}`, { data: { name: "Audit One renamed" } })).status()).toBe(200);
  expect((await page.request.post(`/api/zapier-accounts/${first.account.id}/regenerate`, { data: { graceSeconds: 3600 } })).status()).toBe(200);

  await page.goto("/admin/integrations/zapier?tab=audit");
  await expect(page.getByRole("tab", { name: "Audit log" })).toHaveAttribute("aria-selected", "true");
  const table = page.getByRole("table", { name: "Recent Zapier account activity" });
  await expect(table.getByRole("row")).toHaveCount(5); // header + 4 entries
  // Seconds and the time zone (the browser's, Asia/Taipei: GMT+8).
  await expect(table.locator("time").first()).toHaveText(/:\d{2}:\d{2}.*(GMT\+8|UTC)/);
  // A grace period still running is in the present tense.
  await expect(table.getByText(/^The old token works until /)).toBeVisible();

  await page.getByLabel("Action", { exact: true }).selectOption({ label: "Added the account" });
  await expect(table.getByRole("row")).toHaveCount(3);
  await page.getByLabel("Account", { exact: true }).selectOption({ label: "Audit One renamed" });
  await expect(table.getByRole("row")).toHaveCount(2);
  await expect(table.getByRole("row").nth(1)).toContainText("Audit One");
  await page.getByLabel("Person", { exact: true }).selectOption("admin@auditx.e2e.test");
  await expect(table.getByRole("row")).toHaveCount(2);
  await expectAccessible(page, "filtered audit log");

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Export CSV" }).click();
  const file = await (await download).path();
  const csv = fs.readFileSync(file, "utf8").replace(/^\uFEFF/, "").trim().split("\r\n");
  expect(csv[0]).toBe("time_utc,actor,action,account,account_id,ip_address,details");
  expect(csv).toHaveLength(2);
  expect(csv[1]).toContain('"account.created"');
  expect(csv[1]).toContain('"Audit One"');

  await page.getByLabel("Action", { exact: true }).selectOption({ label: "All actions" });
  await page.getByLabel("Account", { exact: true }).selectOption({ label: "All accounts" });
  await expect(table.getByRole("row")).toHaveCount(5);
});

test("the audit log at 375 px and in Chinese: cards, filters inside the viewport", async ({ page, loginAs, baseURL }) => {
  await page.context().addCookies([{ name: LOCALE_COOKIE, value: "zh-Hant", url: baseURL ?? "" }]);
  await loginAs("auditx");
  await createAccount(page, "稽核帳號");
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto("/admin/integrations/zapier?tab=audit");
  const list = page.getByRole("list", { name: "最近的Zapier帳號活動" });
  await expect(list.getByRole("listitem").filter({ hasText: "稽核帳號" })).toHaveCount(1);
  await page.getByLabel("操作", { exact: true }).selectOption({ label: "新增了帳號" });
  // Below the fold at 375 × 800 (the page's intro and the sandbox link come first): scrolled to, it is wholly on screen.
  const csv = page.getByRole("link", { name: "匯出CSV" });
  await csv.scrollIntoViewIfNeeded();
  await expect(csv).toBeInViewport({ ratio: 1 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await expectAccessible(page, "audit log at 375 px (zh-Hant)");
});
