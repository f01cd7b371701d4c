import { createAccount, expect, meStatus, screenshot, test } from "./fixtures";

// The screenshots for the README and for reviewing the layout at 1280 px and 375 px.
test("screenshots of the Zapier page with accounts", async ({ page, request, loginAs }) => {
  await loginAs("screens");
  const first = await createAccount(page, "Marketing automation");
  await createAccount(page, "Support escalations");
  await createAccount(page, "Sales CRM sync");
  expect(await meStatus(request, first.account.baseUrl, first.account.appId, first.appToken)).toBe(200);

  await page.goto("/admin/integrations/zapier");
  await expect(page.getByRole("rowheader", { name: "Sales CRM sync" })).toBeVisible();
  await screenshot(page, "zapier-page", { fullPage: true });

  // The account's page, after Zapier's check came in (a last successful call to show).
  await page.getByRole("link", { name: "Marketing automation", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Marketing automation" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Connection" }).getByText("GET /api/zapier/v1/me")).toBeVisible();
  await screenshot(page, "account-page", { fullPage: true });
  await page.setViewportSize({ width: 375, height: 800 });
  await screenshot(page, "account-page-375", { fullPage: true });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto("/admin/integrations/zapier");

  await page.setViewportSize({ width: 375, height: 800 });
  await expect(page.getByRole("button", { name: "Open navigation" })).toBeVisible();
  await screenshot(page, "zapier-page-375", { fullPage: true });
  await page.getByRole("button", { name: "More actions for Support escalations" }).click();
  await page.getByRole("menuitem", { name: "View" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Support escalations" })).toBeVisible();
  const view = page.getByRole("region", { name: "Credentials" });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await screenshot(page, "view-375");
  // The App Token row at 375 px: the value on its own line, Hide and Copy App Token together below it.
  await view.getByRole("button", { name: "Reveal" }).click();
  const hide = view.getByRole("button", { name: "Hide" });
  const copy = view.getByRole("button", { name: "Copy App Token" });
  const value = view.getByLabel("App Token", { exact: true });
  await expect(value).toHaveText(/^cnxzap_[0-9A-Za-z]+$/);
  const [hideBox, copyBox, valueBox] = await Promise.all([hide.boundingBox(), copy.boundingBox(), value.boundingBox()]);
  expect(hideBox && copyBox && valueBox).toBeTruthy();
  if (hideBox && copyBox && valueBox) {
    expect(Math.abs(hideBox.y - copyBox.y)).toBeLessThan(2);
    expect(hideBox.y).toBeGreaterThanOrEqual(valueBox.y + valueBox.height);
  }
  await screenshot(page, "view-375-revealed", { fullPage: true });
  await page.goBack();
  await expect(page.getByRole("link", { name: "Support escalations" })).toBeVisible();

  // The navigation sheet: the role badge is shown in full.
  await page.getByRole("button", { name: "Open navigation" }).click();
  const sheet = page.getByRole("dialog", { name: /Navigation/ });
  const badge = sheet.getByText("Administrator", { exact: true });
  await expect(badge).toBeVisible();
  expect(await badge.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
  await screenshot(page, "nav-375");
  await page.keyboard.press("Escape");

  // The audit log at 375 px and at 1280 px.
  await page.getByRole("tab", { name: "Audit log" }).click();
  await expect(page.getByRole("list", { name: "Recent Zapier account activity" })).toBeVisible();
  await screenshot(page, "audit-log-375-screens", { fullPage: true });
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect(page.getByRole("table", { name: "Recent Zapier account activity" })).toBeVisible();
  await screenshot(page, "audit-log-1280", { fullPage: true });
});
