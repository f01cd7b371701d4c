import { createAccount, expect, meStatus, readClipboard, rowMenu, screenshot, test } from "./fixtures";

test.beforeEach(async ({ loginAs }) => loginAs("regenerate"));

test("regenerate now: the new token is shown and works, the old one answers 401", async ({ page, request }) => {
  const { account, appToken: oldToken } = await createAccount(page, "Ops Zaps");
  await page.goto("/admin/integrations/zapier");

  await rowMenu(page, "Ops Zaps").click();
  await page.getByRole("menuitem", { name: "Regenerate token" }).click();
  // One name for the whole flow: the confirmation and the new-token step are the same alert dialog.
  const dialog = page.getByRole("alertdialog", { name: "Regenerate the App Token of “Ops Zaps”", exact: true });
  await expect(dialog.getByText("Zaps that use the current App Token stop working until you update the connection in Zapier")).toBeVisible();
  // Nothing subscribed and never used: the default is Now.
  await expect(dialog.getByText("No Zap is subscribed; last used never.")).toBeVisible();
  await expect(dialog.getByRole("radio", { name: "Now" })).toBeChecked();
  await expect(dialog.getByRole("radio", { name: "In 1 hour" })).not.toBeChecked();
  await screenshot(page, "regenerate-confirm");
  await dialog.getByRole("button", { name: "Regenerate" }).click();

  await expect(dialog.getByRole("heading", { name: "New App Token issued" })).toBeVisible();
  // The dialog says it; no toast repeats it over the dialog.
  await expect(page.getByText("App Token regenerated")).toHaveCount(0);
  await expect(dialog.getByText(/Select Reconnect on that connection/)).toBeVisible();
  await expect(dialog.getByText("The old App Token has stopped working.")).toBeVisible();
  // The new token is shown in clear at once, without Reveal.
  const tokenValue = dialog.getByLabel("App Token", { exact: true });
  await expect(tokenValue).toHaveText(/^cnxzap_[0-9A-Za-z]{49}$/);
  await expect(dialog.getByRole("button", { name: "Reveal" })).toHaveCount(0);
  // The new token must not vanish unseen: Escape does not close this step.
  await page.keyboard.press("Escape");
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "Copy App Token" }).click();
  const newToken = await readClipboard(page);
  expect(newToken).toMatch(/^cnxzap_/);
  expect(newToken).not.toBe(oldToken);
  await expect(tokenValue).toHaveText(newToken);
  await screenshot(page, "regenerate-done");

  expect(await meStatus(request, account.baseUrl, account.appId, oldToken)).toBe(401);
  expect(await meStatus(request, account.baseUrl, account.appId, newToken)).toBe(200);

  await dialog.getByRole("button", { name: "Close" }).click();
  await expect(dialog).toBeHidden();
  await expect(rowMenu(page, "Ops Zaps")).toBeFocused();
});

test("regenerate with a 1-hour grace period keeps the old token working", async ({ page, request }) => {
  const { account, appToken: oldToken } = await createAccount(page, "Grace Zaps");
  await page.goto("/admin/integrations/zapier");
  await rowMenu(page, "Grace Zaps").click();
  await page.getByRole("menuitem", { name: "Regenerate token" }).click();
  const dialog = page.getByRole("alertdialog", { name: "Regenerate the App Token of “Grace Zaps”", exact: true });
  await dialog.getByRole("radio", { name: "In 1 hour" }).check();
  await dialog.getByRole("button", { name: "Regenerate" }).click();
  await expect(dialog.getByText(/The old App Token keeps working until/)).toBeVisible();
  await dialog.getByRole("button", { name: "Copy App Token" }).click();
  const newToken = await readClipboard(page);
  await expect(dialog.getByLabel("App Token", { exact: true })).toHaveText(newToken);
  expect(await meStatus(request, account.baseUrl, account.appId, oldToken)).toBe(200);
  expect(await meStatus(request, account.baseUrl, account.appId, newToken)).toBe(200);
  await dialog.getByRole("button", { name: "Close" }).click();
});
