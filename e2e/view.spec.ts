import { createAccount, expect, readClipboard, rowMenu, screenshot, test } from "./fixtures";

test("view shows the masked credentials; Reveal shows the token and is audited", async ({ page, loginAs }) => {
  await loginAs("view");
  const { account, appToken } = await createAccount(page, "Sales Zaps");
  await page.goto("/admin/integrations/zapier");

  await rowMenu(page, "Sales Zaps").click();
  await page.getByRole("menuitem", { name: "View" }).click();
  // View opens the account's page (it used to be a dialog).
  await expect(page.getByRole("heading", { level: 1, name: "Sales Zaps" })).toBeVisible();
  const dialog = page.getByRole("region", { name: "Credentials" });
  // Each value is labelled by its term.
  await expect(dialog.getByLabel("App ID", { exact: true })).toHaveText(account.appId);
  await expect(dialog.getByLabel("Base URL", { exact: true })).toHaveText(account.baseUrl);
  await expect(dialog.getByText(appToken)).toHaveCount(0);
  await expect(dialog.getByLabel("App Token", { exact: true })).toHaveText(/^cnxzap_•+/);
  // The table's word for an account Zapier has not used yet.
  await expect(page.getByText("Never", { exact: true })).toBeVisible();
  await expect(page.getByText("Not used yet")).toHaveCount(0);
  await expect(page.getByText("Select + Add connection.")).toBeVisible();
  await screenshot(page, "view-masked");

  await dialog.getByRole("button", { name: "Reveal" }).click();
  await expect(dialog.getByLabel("App Token", { exact: true })).toHaveText(appToken);
  await expect(dialog.getByRole("button", { name: "Hide" })).toHaveAttribute("aria-pressed", "true");
  await screenshot(page, "view-revealed");

  await dialog.getByRole("button", { name: "Copy App Token" }).click();
  await expect.poll(() => readClipboard(page)).toBe(appToken);

  await dialog.getByRole("button", { name: "Hide" }).click();
  await expect(dialog.getByText(appToken)).toHaveCount(0);

  await page.goto("/admin/integrations/zapier?tab=audit");
  const audit = page.getByRole("table", { name: "Recent Zapier account activity" });
  await expect(audit.getByRole("row").filter({ hasText: "Revealed the App Token" }).filter({ hasText: "Sales Zaps" })).toBeVisible();
  await expect(audit.getByRole("row").filter({ hasText: "Added the account" })).toBeVisible();
  await screenshot(page, "audit-log");
});

test("copying the App Token before revealing it fetches it first", async ({ page, loginAs }) => {
  await loginAs("view");
  const { appToken } = await createAccount(page, "Finance Zaps");
  await page.goto("/admin/integrations/zapier");
  await rowMenu(page, "Finance Zaps").click();
  await page.getByRole("menuitem", { name: "View" }).click();
  const dialog = page.getByRole("region", { name: "Credentials" });
  await dialog.getByRole("button", { name: "Copy App Token" }).click();
  await expect(page.getByText("App Token copied")).toBeVisible();
  expect(await readClipboard(page)).toBe(appToken);
});

test("the audit log is readable at 375 px: one card per entry, nothing off screen", async ({ page, loginAs }) => {
  await loginAs("view");
  await createAccount(page, "Narrow Zaps with a rather long account name");
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto("/admin/integrations/zapier");
  await page.getByRole("tab", { name: "Audit log" }).click();

  const entries = page.getByRole("list", { name: "Recent Zapier account activity" }).getByRole("listitem");
  await expect(entries.filter({ hasText: "Narrow Zaps with a rather long account name" })).toHaveCount(1);
  await expect(page.getByRole("table", { name: "Recent Zapier account activity" })).toBeHidden();
  for (const entry of await entries.all()) {
    // What, account, who, when and address of each entry, each inside the 375 px viewport.
    const what = entry.getByText(/^(Added|Renamed|Deleted|Regenerated|Revealed) the /);
    await what.scrollIntoViewIfNeeded();
    await expect(what).toBeInViewport({ ratio: 1 });
    await expect(entry.getByText("admin@view.e2e.test")).toBeInViewport({ ratio: 1 });
    await expect(entry.locator("time")).toBeInViewport({ ratio: 1 });
  }
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  // From the top: a full-page capture of a scrolled page paints the sticky header mid-page.
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, "audit-log-375", { fullPage: true });
});
