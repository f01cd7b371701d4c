import { createAccount, expect, readClipboard, rowMenu, screenshot, test } from "./fixtures";

test("staff see the page read-only", async ({ page, loginAs }) => {
  await loginAs("staff", "admin");
  const { account } = await createAccount(page, "Shared Zaps");
  await loginAs("staff", "staff");

  await page.goto("/admin/integrations/zapier");
  await expect(page.getByText("Staff", { exact: true })).toBeVisible();
  await expect(page.getByText("1 of 10 accounts")).toBeVisible();
  await expect(page.getByText("Only administrators can add, change or delete them.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Add Zapier account" })).toHaveCount(0);
  await expect(page.getByRole("tab", { name: "Audit log" })).toHaveCount(0);
  await screenshot(page, "zapier-staff");

  await rowMenu(page, "Shared Zaps").click();
  await expect(page.getByRole("menuitem")).toHaveText(["View"]);
  await page.getByRole("menuitem", { name: "View" }).click();
  // View opens the account's page.
  await expect(page.getByRole("heading", { level: 1, name: "Shared Zaps" })).toBeVisible();
  const dialog = page.getByRole("main");
  await expect(dialog.getByText("Only administrators can reveal the App Token.")).toBeVisible();
  await expect(dialog.getByRole("button", { name: "Reveal" })).toHaveCount(0);
  await expect(dialog.getByRole("button", { name: "Copy App Token" })).toHaveCount(0);
  await dialog.getByRole("button", { name: "Copy App ID" }).click();
  expect(await readClipboard(page)).toBe(account.appId);
  await expect(page.getByRole("button", { name: "Rename" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Regenerate token" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Delete" })).toHaveCount(0);
  await expect(page.getByRole("tab", { name: "History" })).toHaveCount(0);
  await expect(page.getByText(/Ask an administrator of your service/)).toBeVisible();

  // The API agrees with the page.
  expect((await page.request.post("/api/zapier-accounts", { data: { name: "Nope" } })).status()).toBe(403);
  expect((await page.request.post(`/api/zapier-accounts/${account.id}/reveal`)).status()).toBe(403);
});
