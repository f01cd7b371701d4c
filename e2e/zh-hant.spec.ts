import { expect, expectAccessible, meStatus, readClipboard, screenshot, test } from "./fixtures";

test("the whole add flow in Traditional Chinese; the choice is remembered", async ({ page, request, loginAs }) => {
  await loginAs("zh");
  await page.goto("/admin/integrations/zapier");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");

  await page.getByRole("button", { name: "Language: English" }).click();
  await page.getByRole("menuitem", { name: "繁體中文" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hant");
  await expect(page.getByRole("button", { name: "語言: 繁體中文" })).toBeFocused();
  await expect(page.getByRole("navigation", { name: "導覽路徑" })).toContainText("管理服務整合第三方整合Zapier");
  await expect(page.getByText("0 / 10個帳號")).toBeVisible();

  await page.getByRole("button", { name: "新增Zapier帳號" }).click();
  const dialog = page.getByRole("dialog", { name: "新增Zapier帳號" });
  await dialog.getByLabel("Zapier帳號名稱").fill("行銷自動化");
  await expectAccessible(page, "add dialog (zh-Hant)");
  await dialog.getByRole("button", { name: "確認" }).click();

  // The dialog keeps its name; the success is a line inside it (no toast over the dialog).
  const created = dialog;
  await expect(created.getByRole("heading", { name: "已新增Zapier帳號" })).toBeVisible();
  await expect(page.getByText("已新增Zapier帳號")).toHaveCount(1);
  await expect(created.getByText("在Zapier完成設定")).toBeVisible();
  await expect(created.getByLabel("App Token", { exact: true })).toHaveText(/^cnxzap_[0-9A-Za-z]{49}$/);
  await created.getByRole("button", { name: "複製App ID" }).click();
  await expect(page.getByText("已複製App ID")).toBeVisible();
  const appId = await readClipboard(page);
  await created.getByRole("button", { name: "複製Base URL" }).click();
  const baseUrl = await readClipboard(page);
  await created.getByRole("button", { name: "複製App Token" }).click();
  const token = await readClipboard(page);
  await expect(created.getByLabel("App Token", { exact: true })).toHaveText(token);
  expect(await meStatus(request, baseUrl, appId, token)).toBe(200);
  await screenshot(page, "zh-add-credentials");
  await expectAccessible(page, "credentials (zh-Hant)");
  await created.getByRole("button", { name: "關閉" }).click();

  await expect(page.getByRole("rowheader", { name: "行銷自動化" })).toBeVisible();
  await expect(page.getByRole("cell", { name: "從未使用" })).toBeVisible();
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hant");
  await expect(page.getByText("1 / 10個帳號")).toBeVisible();
  await screenshot(page, "zh-zapier-page");

  await page.getByRole("button", { name: "行銷自動化的更多操作" }).click();
  await expect(page.getByRole("menuitem")).toHaveText(["查看", "編輯", "重新產出Token", "刪除"]);
  await page.keyboard.press("Escape");

  await page.getByRole("button", { name: "語言: 繁體中文" }).click();
  await page.getByRole("menuitem", { name: "English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("button", { name: "Add Zapier account" })).toBeVisible();
  // Focus comes back to the switch, not to <body>.
  await expect(page.getByRole("button", { name: "Language: English" })).toBeFocused();
});
