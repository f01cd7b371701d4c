import { createAccount, expect, readClipboard, rowMenu, screenshot, test } from "./fixtures";

test("view shows the masked credentials; Reveal shows the token and is audited", async ({ page, loginAs }) => {
  await loginAs("view");
  const { account, appToken } = await createAccount(page, "Sales Zaps");
  await page.goto("/admin/integrations/zapier");

  await rowMenu(page, "Sales Zaps").click();
  await page.getByRole("menuitem", { name: "View" }).click();
  const dialog = page.getByRole("dialog", { name: "Sales Zaps" });
  await expect(dialog.getByText(account.appId, { exact: true })).toBeVisible();
  await expect(dialog.getByText(account.baseUrl, { exact: true })).toBeVisible();
  await expect(dialog.getByText(appToken)).toHaveCount(0);
  await expect(dialog.getByText(/^cnxzap_•+/)).toBeVisible();
  await expect(dialog.getByText("Select + Add connection.")).toBeVisible();
  await screenshot(page, "view-masked");

  await dialog.getByRole("button", { name: "Reveal" }).click();
  await expect(dialog.getByText(appToken, { exact: true })).toBeVisible();
  await expect(dialog.getByRole("button", { name: "Hide" })).toHaveAttribute("aria-pressed", "true");
  await screenshot(page, "view-revealed");

  await dialog.getByRole("button", { name: "Copy App Token" }).click();
  await expect.poll(() => readClipboard(page)).toBe(appToken);

  await dialog.getByRole("button", { name: "Hide" }).click();
  await expect(dialog.getByText(appToken)).toHaveCount(0);

  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(rowMenu(page, "Sales Zaps")).toBeFocused();

  await page.getByRole("tab", { name: "Audit log" }).click();
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
  const dialog = page.getByRole("dialog", { name: "Finance Zaps" });
  await dialog.getByRole("button", { name: "Copy App Token" }).click();
  await expect(page.getByText("App Token copied")).toBeVisible();
  expect(await readClipboard(page)).toBe(appToken);
  await dialog.getByRole("button", { name: "Close" }).click();
  await expect(dialog).toBeHidden();
});
