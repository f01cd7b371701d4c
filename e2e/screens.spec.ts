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

  await page.setViewportSize({ width: 375, height: 800 });
  await expect(page.getByRole("button", { name: "Open navigation" })).toBeVisible();
  await screenshot(page, "zapier-page-375", { fullPage: true });
  await page.getByRole("button", { name: "More actions for Support escalations" }).click();
  await page.getByRole("menuitem", { name: "View" }).click();
  await expect(page.getByRole("dialog", { name: "Support escalations" })).toBeVisible();
  await screenshot(page, "view-375");
});
