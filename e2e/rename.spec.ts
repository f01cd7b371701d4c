import { createAccount, expect, holdListRefetches, rowMenu, screenshot, test } from "./fixtures";

test("rename: a taken name is refused by the field, then Save renames with a toast", async ({ page, loginAs }) => {
  await loginAs("rename");
  await createAccount(page, "Old name");
  await createAccount(page, "Taken name");
  await page.goto("/admin/integrations/zapier");

  await rowMenu(page, "Old name").click();
  await page.getByRole("menuitem", { name: "Edit" }).click();
  const dialog = page.getByRole("dialog", { name: "Edit Zapier account" });
  const field = dialog.getByLabel("Zapier account name");
  await expect(field).toHaveValue("Old name");

  await field.fill("Taken name");
  await dialog.getByRole("button", { name: "Save" }).click();
  await expect(field).toHaveAccessibleDescription(/already exists/);
  // The optimistic rename was rolled back (the table is aria-hidden behind the modal dialog).
  await expect(page.getByRole("rowheader", { name: "Old name", includeHidden: true })).toHaveCount(1);
  await expect(page.getByRole("rowheader", { name: "Taken name", includeHidden: true })).toHaveCount(1);

  await field.fill("New name");
  await screenshot(page, "edit-dialog");
  await dialog.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Zapier account name updated")).toBeVisible();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("rowheader", { name: "New name" })).toBeVisible();
  await expect(page.getByRole("rowheader", { name: "Old name" })).toHaveCount(0);
  await expect(rowMenu(page, "New name")).toBeFocused();

  await page.reload();
  await expect(page.getByRole("rowheader", { name: "New name" })).toBeVisible();
  await page.getByRole("tab", { name: "Audit log" }).click();
  await expect(page.getByRole("row").filter({ hasText: "Renamed the account" }).filter({ hasText: "Was Old name" })).toBeVisible();
});

test("Save finishes without waiting for the list to be fetched again", async ({ page, loginAs }) => {
  await loginAs("rename");
  await createAccount(page, "Slow list");
  await page.goto("/admin/integrations/zapier");
  await expect(page.getByRole("rowheader", { name: "Slow list" })).toBeVisible();

  // Hold every list refetch: the toast and the closed dialog must not depend on it.
  const refetches = await holdListRefetches(page);
  await rowMenu(page, "Slow list").click();
  await page.getByRole("menuitem", { name: "Edit" }).click();
  const dialog = page.getByRole("dialog", { name: "Edit Zapier account" });
  await dialog.getByLabel("Zapier account name").fill("Quick save");
  await dialog.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Zapier account name updated")).toBeVisible();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("rowheader", { name: "Quick save" })).toBeVisible();

  // The refetch on settle was really under way (and held) while the toast showed.
  expect(refetches.held()).toBeGreaterThan(0);
  await refetches.release();
});
