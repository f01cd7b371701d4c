import { createAccount, expect, holdListRefetches, meStatus, rowMenu, screenshot, test } from "./fixtures";

test("delete: Cancel keeps the account; Delete removes it and its token stops working", async ({ page, request, loginAs }) => {
  await loginAs("remove");
  const { account, appToken } = await createAccount(page, "Legacy Zaps");
  await createAccount(page, "Keep Zaps");
  await page.goto("/admin/integrations/zapier");

  await rowMenu(page, "Legacy Zaps").click();
  await page.getByRole("menuitem", { name: "Delete" }).click();
  let dialog = page.getByRole("alertdialog", { name: "Delete “Legacy Zaps”?" });
  await expect(dialog.getByText(/connection between Zapier and CINNOX that uses “Legacy Zaps” breaks/)).toBeVisible();
  await expect(dialog.getByText("This cannot be undone.")).toBeVisible();
  await expect(dialog.getByRole("button", { name: "Cancel" })).toBeFocused();
  await screenshot(page, "delete-confirm");
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("rowheader", { name: "Legacy Zaps" })).toBeVisible();

  await rowMenu(page, "Legacy Zaps").click();
  await page.getByRole("menuitem", { name: "Delete" }).click();
  dialog = page.getByRole("alertdialog", { name: "Delete “Legacy Zaps”?" });
  await dialog.getByRole("button", { name: "Delete" }).click();
  await expect(page.getByText("Zapier account deleted")).toBeVisible();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("rowheader", { name: "Legacy Zaps" })).toHaveCount(0);
  await expect(page.getByRole("rowheader", { name: "Keep Zaps" })).toBeVisible();
  await expect(page.getByText("1 of 10 accounts")).toBeVisible();

  expect(await meStatus(request, account.baseUrl, account.appId, appToken)).toBe(401);
  await page.reload();
  await expect(page.getByRole("rowheader", { name: "Legacy Zaps" })).toHaveCount(0);
});

test("Delete finishes without waiting for the list to be fetched again", async ({ page, loginAs }) => {
  await loginAs("remove");
  await createAccount(page, "Quick Zaps");
  await page.goto("/admin/integrations/zapier");
  await expect(page.getByRole("rowheader", { name: "Quick Zaps" })).toBeVisible();

  // Hold every list refetch: the toast and the closed dialog must not depend on it.
  const refetches = await holdListRefetches(page);
  await rowMenu(page, "Quick Zaps").click();
  await page.getByRole("menuitem", { name: "Delete" }).click();
  const dialog = page.getByRole("alertdialog", { name: "Delete “Quick Zaps”?" });
  await dialog.getByRole("button", { name: "Delete" }).click();
  await expect(page.getByText("Zapier account deleted")).toBeVisible();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("rowheader", { name: "Quick Zaps" })).toHaveCount(0);

  // The refetch on settle was really under way (and held) while the toast showed.
  expect(refetches.held()).toBeGreaterThan(0);
  await refetches.release();
  await page.reload();
  await expect(page.getByRole("rowheader", { name: "Quick Zaps" })).toHaveCount(0);
});
