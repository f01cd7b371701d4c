import { createAccount, expect, meStatus, readClipboard, screenshot, test } from "./fixtures";

test.beforeEach(async ({ loginAs }) => loginAs("add"));

test("add shows the credentials, and each copy button copies the exact value", async ({ page, request, baseURL }) => {
  await page.goto("/admin/integrations/zapier");
  await expect(page.getByText("0 of 10 accounts")).toBeVisible();
  await expect(page.getByRole("heading", { name: "No Zapier accounts yet" })).toBeVisible();
  await screenshot(page, "zapier-empty");

  await page.getByRole("button", { name: "Add Zapier account" }).click();
  const dialog = page.getByRole("dialog", { name: "Add Zapier account" });
  await expect(dialog.getByText("Use the same name as your Zapier account so it is easy to find later.")).toBeVisible();
  await dialog.getByLabel("Zapier account name").fill("Marketing Zaps");
  await screenshot(page, "add-dialog");
  await dialog.getByRole("button", { name: "Confirm" }).click();

  // The dialog keeps its name through the flow: the same locator finds the credentials step.
  await expect(dialog.getByRole("heading", { name: "Zapier account added" })).toBeVisible();
  // Said once, in the dialog (no toast repeating it): getByText finds exactly one element.
  await expect(page.getByText("Zapier account added")).toHaveCount(1);
  await expect(dialog.getByText("App ID", { exact: true })).toBeVisible();
  await expect(dialog.getByText("App Token", { exact: true })).toBeVisible();
  await expect(dialog.getByText("Base URL", { exact: true })).toBeVisible();
  await expect(dialog.getByText("Search for CINNOX and select it.")).toBeVisible();
  // The new token is shown in clear at once (no Reveal needed); Hide is still offered.
  const tokenValue = dialog.getByLabel("App Token", { exact: true });
  await expect(tokenValue).toHaveText(/^cnxzap_[0-9A-Za-z]{49}$/);
  await expect(dialog.getByRole("button", { name: "Hide" })).toHaveAttribute("aria-pressed", "true");

  await dialog.getByRole("button", { name: "Copy App ID" }).click();
  await expect(page.getByText("App ID copied")).toBeVisible();
  const appId = await readClipboard(page);
  expect(appId).toMatch(/^app_[0-9A-Za-z]{22}$/);
  await expect(dialog.getByLabel("App ID", { exact: true })).toHaveText(appId);

  await dialog.getByRole("button", { name: "Copy Base URL" }).click();
  await expect(page.getByText("Base URL copied")).toBeVisible();
  const baseUrl = await readClipboard(page);
  expect(baseUrl).toBe(`${baseURL}/api/zapier/v1`);
  await expect(dialog.getByLabel("Base URL", { exact: true })).toHaveText(baseUrl);

  await dialog.getByRole("button", { name: "Copy App Token" }).click();
  await expect(page.getByText("App Token copied")).toBeVisible();
  await expect(dialog.getByRole("button", { name: "Copy App Token" })).toHaveAttribute("data-copied", "true");
  const token = await readClipboard(page);
  expect(token).toMatch(/^cnxzap_[0-9A-Za-z]{49}$/);
  await expect(tokenValue).toHaveText(token);
  await screenshot(page, "add-credentials");

  expect(await meStatus(request, baseUrl, appId, token)).toBe(200);

  await dialog.getByRole("button", { name: "Hide" }).click();
  await expect(tokenValue).toHaveText(/^cnxzap_•+/);
  await dialog.getByRole("button", { name: "Close" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("button", { name: "Add Zapier account" })).toBeFocused();
  const row = page.getByRole("row", { name: /Marketing Zaps/ });
  await expect(row.getByRole("cell", { name: appId })).toBeVisible();
  await expect(row.getByRole("cell", { name: "Never" })).toBeVisible();
  await expect(page.getByText("1 of 10 accounts")).toBeVisible();
});

test("server errors and invalid names appear next to the name field", async ({ page }) => {
  await createAccount(page, "Support Zaps");
  await page.goto("/admin/integrations/zapier");
  await page.getByRole("button", { name: "Add Zapier account" }).click();
  const dialog = page.getByRole("dialog", { name: "Add Zapier account" });
  const field = dialog.getByLabel("Zapier account name");

  await dialog.getByRole("button", { name: "Confirm" }).click();
  await expect(field).toHaveAccessibleDescription(/Enter a name\./);

  await field.fill("support zaps");
  await dialog.getByRole("button", { name: "Confirm" }).click();
  await expect(field).toHaveAccessibleDescription(/A Zapier account with this name already exists in your service\./);
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await expect(field).toBeFocused();
  await screenshot(page, "add-duplicate-error");

  await field.fill("x".repeat(101));
  await dialog.getByRole("button", { name: "Confirm" }).click();
  await expect(field).toHaveAccessibleDescription(/Use at most 100 characters\./);

  // A look-alike: the form says what the server would, before sending anything.
  await field.fill("Support\u200bZaps two");
  await dialog.getByRole("button", { name: "Confirm" }).click();
  await expect(field).toHaveAccessibleDescription(/The name cannot contain invisible characters such as zero-width spaces or soft hyphens\./);
  // Names are compared after case folding: "SUPPORT ZAPS" is the existing "Support Zaps".
  await field.fill("ＳＵＰＰＯＲＴ ZAPS");
  await dialog.getByRole("button", { name: "Confirm" }).click();
  await expect(field).toHaveAccessibleDescription(/A Zapier account with this name already exists in your service\./);

  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();
});

test("a double click on Confirm creates one account", async ({ page }) => {
  await page.goto("/admin/integrations/zapier");
  await page.getByRole("button", { name: "Add Zapier account" }).click();
  const dialog = page.getByRole("dialog", { name: "Add Zapier account" });
  await dialog.getByLabel("Zapier account name").fill("Double Click");
  await dialog.getByRole("button", { name: "Confirm" }).dblclick();
  await expect(dialog.getByRole("heading", { name: "Zapier account added" })).toBeVisible();
  const list = (await (await page.request.get("/api/zapier-accounts")).json()) as { accounts: Array<{ name: string }> };
  expect(list.accounts.filter((a) => a.name === "Double Click")).toHaveLength(1);
});
