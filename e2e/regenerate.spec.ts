import { createAccount, expect, meStatus, readClipboard, rowMenu, screenshot, test } from "./fixtures";

test.beforeEach(async ({ loginAs }) => loginAs("regenerate"));

test("regenerate now: the new token is shown and works, the old one answers 401", async ({ page, request }) => {
  const { account, appToken: oldToken } = await createAccount(page, "Ops Zaps");
  await page.goto("/admin/integrations/zapier");

  await rowMenu(page, "Ops Zaps").click();
  await page.getByRole("menuitem", { name: "Regenerate token" }).click();
  const confirm = page.getByRole("alertdialog", { name: "Regenerate the App Token of Ops Zaps?" });
  await expect(confirm.getByText("Zaps that use the current App Token stop working until you update the connection in Zapier")).toBeVisible();
  await expect(confirm.getByRole("radio", { name: "Now" })).toBeChecked();
  await expect(confirm.getByRole("radio", { name: "In 1 hour" })).not.toBeChecked();
  await screenshot(page, "regenerate-confirm");
  await confirm.getByRole("button", { name: "Regenerate" }).click();

  const done = page.getByRole("alertdialog", { name: "New App Token for Ops Zaps" });
  await expect(done.getByText("The old App Token has stopped working.")).toBeVisible();
  // The new token must not vanish unseen: Escape does not close this step.
  await page.keyboard.press("Escape");
  await expect(done).toBeVisible();
  await done.getByRole("button", { name: "Reveal" }).click();
  await done.getByRole("button", { name: "Copy App Token" }).click();
  const newToken = await readClipboard(page);
  expect(newToken).toMatch(/^cnxzap_/);
  expect(newToken).not.toBe(oldToken);
  await expect(done.getByText(newToken, { exact: true })).toBeVisible();
  await screenshot(page, "regenerate-done");

  expect(await meStatus(request, account.baseUrl, account.appId, oldToken)).toBe(401);
  expect(await meStatus(request, account.baseUrl, account.appId, newToken)).toBe(200);

  await done.getByRole("button", { name: "Close" }).click();
  await expect(done).toBeHidden();
  await expect(rowMenu(page, "Ops Zaps")).toBeFocused();
});

test("regenerate with a 1-hour grace period keeps the old token working", async ({ page, request }) => {
  const { account, appToken: oldToken } = await createAccount(page, "Grace Zaps");
  await page.goto("/admin/integrations/zapier");
  await rowMenu(page, "Grace Zaps").click();
  await page.getByRole("menuitem", { name: "Regenerate token" }).click();
  const confirm = page.getByRole("alertdialog", { name: "Regenerate the App Token of Grace Zaps?" });
  await confirm.getByRole("radio", { name: "In 1 hour" }).check();
  await confirm.getByRole("button", { name: "Regenerate" }).click();
  const done = page.getByRole("alertdialog", { name: "New App Token for Grace Zaps" });
  await expect(done.getByText(/The old App Token keeps working until/)).toBeVisible();
  await done.getByRole("button", { name: "Copy App Token" }).click();
  const newToken = await readClipboard(page);
  expect(await meStatus(request, account.baseUrl, account.appId, oldToken)).toBe(200);
  expect(await meStatus(request, account.baseUrl, account.appId, newToken)).toBe(200);
  await done.getByRole("button", { name: "Close" }).click();
});
