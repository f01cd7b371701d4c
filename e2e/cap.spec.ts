import { createAccount, expect, screenshot, test } from "./fixtures";

test("the 10-account cap: the button is disabled, the page says why, a race shows by the field", async ({ page, loginAs }) => {
  await loginAs("cap");
  for (let i = 1; i <= 8; i++) await createAccount(page, `Cap account ${i}`);
  await page.goto("/admin/integrations/zapier");
  await expect(page.getByText("8 of 10 accounts")).toBeVisible();

  const add = page.getByRole("button", { name: "Add Zapier account" });
  await add.click();
  let dialog = page.getByRole("dialog", { name: "Add Zapier account" });
  await dialog.getByLabel("Zapier account name").fill("Cap account 9");
  await dialog.getByRole("button", { name: "Confirm" }).click();
  await dialog.getByRole("button", { name: "Close" }).click();
  await expect(page.getByText("9 of 10 accounts")).toBeVisible();

  // Someone else takes the last place while the dialog is open.
  await add.click();
  dialog = page.getByRole("dialog", { name: "Add Zapier account" });
  await createAccount(page, "Cap account 10");
  const field = dialog.getByLabel("Zapier account name");
  await field.fill("One too many");
  await dialog.getByRole("button", { name: "Confirm" }).click();
  await expect(field).toHaveAccessibleDescription(/already has 10 Zapier accounts\. Delete an account to make room for a new one\./);
  await dialog.getByRole("button", { name: "Cancel" }).click();

  await expect(page.getByText("10 of 10 accounts")).toBeVisible();
  await expect(add).toBeDisabled();
  await expect(add).toHaveAccessibleDescription(/Delete an account to make room for a new one\./);
  await expect(page.getByRole("row")).toHaveCount(11);
  await screenshot(page, "zapier-cap", { fullPage: true });

  // Deleting one makes room again.
  await page.getByRole("button", { name: "More actions for Cap account 1", exact: true }).click();
  await page.getByRole("menuitem", { name: "Delete" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Delete" }).click();
  await expect(page.getByText("9 of 10 accounts")).toBeVisible();
  await expect(add).toBeEnabled();
});
