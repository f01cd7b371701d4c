import { LOCALE_COOKIE } from "@/i18n/config";
import { createAccount, expect, expectAccessible, rowMenu, screenshot, test } from "./fixtures";
import { startSink, subscribe } from "./hooks";

test("an account opens by its name and by View; an unknown or another service's id is not found", async ({ page, loginAs }) => {
  await loginAs("account");
  const { account } = await createAccount(page, "Page Zaps");
  await page.goto("/admin/integrations/zapier");
  await page.getByRole("link", { name: "Page Zaps", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/integrations/zapier/${account.id}$`));
  await expect(page.getByRole("heading", { level: 1, name: "Page Zaps" })).toBeVisible();
  await expect(page.getByLabel("App ID", { exact: true })).toHaveText(account.appId);
  await expect(page.getByRole("button", { name: "Copy App ID" })).toBeVisible();
  await expect(page.getByText("Never", { exact: true })).toBeVisible();
  await expectAccessible(page, "account page");

  await page.goto("/admin/integrations/zapier");
  await rowMenu(page, "Page Zaps").click();
  await page.getByRole("menuitem", { name: "View" }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/integrations/zapier/${account.id}$`));

  const missing = await page.goto("/admin/integrations/zapier/does-not-exist");
  expect(missing?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Zapier account not found" })).toBeVisible();
  await expectAccessible(page, "account not found");

  // Another service's account: the same not-found page.
  await loginAs("impact");
  const other = await createAccount(page, "Other service's Zaps");
  await loginAs("account");
  const foreign = await page.goto(`/admin/integrations/zapier/${other.account.id}`);
  expect(foreign?.status()).toBe(404);
});

test("an admin renames in place: Enter saves, Escape cancels", async ({ page, loginAs }) => {
  await loginAs("account");
  const { account } = await createAccount(page, "Before rename");
  await page.goto(`/admin/integrations/zapier/${account.id}`);

  await page.getByRole("button", { name: "Rename" }).click();
  const field = page.getByRole("textbox", { name: "Zapier account name" });
  await expect(field).toBeFocused();
  await field.fill("Not kept");
  await field.press("Escape");
  await expect(page.getByRole("heading", { level: 1, name: "Before rename" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Rename" })).toBeFocused();

  await page.getByRole("button", { name: "Rename" }).click();
  await field.fill("After rename");
  await field.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "After rename" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Rename" })).toBeFocused();
  const stored = (await (await page.request.get(`/api/zapier-accounts/${account.id}`)).json()) as { account: { name: string } };
  expect(stored.account.name).toBe("After rename");
});

test("Test connection makes Zapier's /me check from the server and says the result", async ({ page, loginAs }) => {
  await loginAs("account");
  const { account } = await createAccount(page, "Connection Zaps");
  await page.goto(`/admin/integrations/zapier/${account.id}`);
  const connection = page.getByRole("region", { name: "Connection" });
  await expect(connection.getByText("Zapier has not called in with these credentials yet.")).toBeVisible();
  await connection.getByRole("button", { name: "Test connection" }).click();
  await expect(connection.getByRole("status")).toContainText("The connection works");
  // The check was a real call: the connection now has a last successful call, from the request log.
  await expect(connection.getByText("Zapier has not called in with these credentials yet.")).toHaveCount(0);
  await expect(async () => {
    await page.reload();
    await expect(page.getByRole("region", { name: "Connection" }).getByText("GET /api/zapier/v1/me")).toBeVisible({ timeout: 1000 });
  }).toPass();
  await expect(connection.getByText("from 127.0.0.1")).toBeVisible();
  await expectAccessible(page, "connection tested");
  await screenshot(page, "account-connection");

  await loginAs("account", "staff");
  await page.goto(`/admin/integrations/zapier/${account.id}`);
  await expect(page.getByRole("button", { name: "Test connection" })).toHaveCount(0);
  await expect(page.getByText(/Ask an administrator/)).toBeVisible();
});

test("Send test event delivers the trigger's example, marked test, to the hook", async ({ page, loginAs }) => {
  const sink = await startSink();
  sink.state.status = 200;
  try {
    await loginAs("account");
    const created = await createAccount(page, "Test event Zaps");
    await subscribe(page, created, "enquiry.new", sink.url);
    await page.goto(`/admin/integrations/zapier/${created.account.id}?tab=subscriptions`);
    const table = page.getByRole("table", { name: "REST-hook subscriptions of this account" });
    await expect(table.getByRole("rowheader", { name: "New enquiry" })).toBeVisible();
    await table.getByRole("button", { name: "Send test event" }).click();
    await expect(table.getByRole("status")).toHaveText("Test event delivered (HTTP 200).", { timeout: 20_000 });
    expect(sink.state.received).toBe(1);
    expect(sink.state.bodies[0]).toMatchObject({ event: "enquiry.new", test: true, status: "new" });
    await expectAccessible(page, "subscriptions tab");
    await screenshot(page, "account-subscriptions");
  } finally {
    await sink.close();
  }
});

test("Regenerate says what breaks and defaults to a grace period when Zaps are live", async ({ page, loginAs }) => {
  const sink = await startSink();
  try {
    await loginAs("impact");
    const created = await createAccount(page, "Impact Zaps");
    await subscribe(page, created, "tag.created", sink.url);
    await subscribe(page, created, "contact.created", sink.url);
    await page.goto(`/admin/integrations/zapier/${created.account.id}`);
    await page.getByRole("button", { name: "Regenerate token" }).click();
    const dialog = page.getByRole("alertdialog", { name: "Regenerate the App Token of “Impact Zaps”" });
    await expect(dialog.getByText(/^2 Zaps are subscribed \(triggers (Tag created and Contact created|Contact created and Tag created)\); last used .+\.$/)).toBeVisible();
    await expect(dialog.getByRole("radio", { name: "In 1 hour" })).toBeChecked();
    await expectAccessible(page, "regenerate with impact");
    await dialog.getByRole("button", { name: "Regenerate" }).click();
    await expect(dialog.getByText("New App Token issued")).toBeVisible();
    // Reconnect, not a second connection.
    await expect(dialog.getByText(/Select Reconnect/)).toBeVisible();
    await expect(dialog.getByText("Select + Add connection.")).toHaveCount(0);
    // No toast over the dialog that already says it.
    await expect(page.getByText("App Token regenerated")).toHaveCount(0);
    await dialog.getByRole("button", { name: "Close" }).click();
    await expect(page.getByRole("button", { name: "Regenerate token" })).toBeFocused();

    // A previous token is still in its grace period: the dialog says it stops now.
    await page.getByRole("button", { name: "Regenerate token" }).click();
    await expect(dialog.getByText(/The previous App Token, which still works until .+, stops working now\./)).toBeVisible();
    await dialog.getByRole("button", { name: "Cancel" }).click();
  } finally {
    await sink.close();
  }
});

test("an unused account regenerates Now by default", async ({ page, loginAs }) => {
  await loginAs("impact");
  const { account } = await createAccount(page, "Idle Zaps");
  await page.goto(`/admin/integrations/zapier/${account.id}`);
  await page.getByRole("button", { name: "Regenerate token" }).click();
  const dialog = page.getByRole("alertdialog");
  await expect(dialog.getByText("No Zap is subscribed; last used never.")).toBeVisible();
  await expect(dialog.getByRole("radio", { name: "Now" })).toBeChecked();
  await dialog.getByRole("button", { name: "Cancel" }).click();
});

test("with live Zaps, Delete needs the account's name typed", async ({ page, loginAs }) => {
  const sink = await startSink();
  try {
    await loginAs("impact");
    const created = await createAccount(page, "Typed Zaps");
    await subscribe(page, created, "tag.created", sink.url);
    await page.goto(`/admin/integrations/zapier/${created.account.id}`);
    await page.getByRole("button", { name: "Delete" }).click();
    const dialog = page.getByRole("alertdialog", { name: "Delete “Typed Zaps”?" });
    await expect(dialog.getByText(/^1 Zap is subscribed \(triggers Tag created\)/)).toBeVisible();
    const confirm = dialog.getByRole("button", { name: "Delete" });
    await expect(confirm).toBeDisabled();
    await dialog.getByRole("textbox", { name: "Type “Typed Zaps” to confirm" }).fill("Typed");
    await expect(confirm).toBeDisabled();
    await expectAccessible(page, "delete with typed name");
    await dialog.getByRole("textbox", { name: "Type “Typed Zaps” to confirm" }).fill("Typed Zaps");
    await confirm.click();
    await expect(page).toHaveURL(/\/admin\/integrations\/zapier$/);
    await expect(page.getByRole("link", { name: "Typed Zaps" })).toHaveCount(0);
  } finally {
    await sink.close();
  }
});

test("every tab of the account page is accessible and in the URL, at 1280 and 375 px", async ({ page, loginAs }) => {
  test.setTimeout(90_000);
  await loginAs("account");
  const { account } = await createAccount(page, "Tabs Zaps");
  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto(`/admin/integrations/zapier/${account.id}`);
    for (const [tab, value] of [["Overview", ""], ["Subscriptions", "subscriptions"], ["Deliveries", "deliveries"], ["Requests", "requests"], ["History", "history"]] as const) {
      await page.getByRole("tab", { name: tab }).click();
      if (value) await expect(page).toHaveURL(new RegExp(`\\?tab=${value}$`));
      await expect(page.getByRole("tabpanel")).toBeVisible();
      await expectAccessible(page, `${tab} tab at ${width}`);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    }
  }
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`/admin/integrations/zapier/${account.id}?tab=history`);
  await expect(page.getByRole("tab", { name: "History" })).toHaveAttribute("aria-selected", "true");
  await expect(page.getByRole("table", { name: "Recent Zapier account activity" }).getByText("Added the account")).toBeVisible();
});

test("the account page in Chinese: names in 「」, glossary words", async ({ page, loginAs, baseURL }) => {
  await page.context().addCookies([{ name: LOCALE_COOKIE, value: "zh-Hant", url: baseURL ?? "" }]);
  await loginAs("zhaccount");
  const { account } = await createAccount(page, "中文帳號");
  await page.goto("/admin/integrations/zapier");
  await page.getByRole("link", { name: "中文帳號", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "中文帳號" })).toBeVisible();
  await page.getByRole("button", { name: "重新命名" }).click();
  await page.getByRole("textbox", { name: "Zapier帳號名稱" }).fill("新的中文帳號");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "新的中文帳號" })).toBeVisible();
  await page.getByRole("button", { name: "測試連接" }).click();
  await expect(page.getByRole("region", { name: "連接" }).getByRole("status")).toContainText("連接正常");
  await page.getByRole("button", { name: "重新產出Token" }).click();
  const dialog = page.getByRole("alertdialog", { name: "重新產出「新的中文帳號」的App Token" });
  await expect(dialog.getByRole("radio", { name: "1小時後" })).toBeChecked();
  await expectAccessible(page, "regenerate (zh-Hant)");
  await dialog.getByRole("button", { name: "取消" }).click();
  await page.getByRole("button", { name: "刪除" }).click();
  await expect(page.getByRole("alertdialog", { name: "要刪除「新的中文帳號」嗎？" })).toBeVisible();
  await expectAccessible(page, "delete (zh-Hant)");
  await page.getByRole("alertdialog").getByRole("button", { name: "取消" }).click();
  for (const tab of ["訂閱", "傳送", "請求", "記錄", "概覽"]) {
    await page.getByRole("tab", { name: tab }).click();
    await expectAccessible(page, `${tab} (zh-Hant)`);
  }
  expect(account.id).toBeTruthy();
});
