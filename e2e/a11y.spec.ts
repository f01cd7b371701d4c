import { LOCALE_COOKIE } from "@/i18n/config";
import { createAccount, expect, expectAccessible, test } from "./fixtures";

// axe-core on every page and every open dialog, in both languages: no serious or critical violations.
const LOCALES = [
  { locale: "en", names: { add: "Add Zapier account", view: "View", edit: "Edit", regenerate: "Regenerate token", remove: "Delete", more: (n: string) => `More actions for ${n}`, audit: "Audit log", confirm: "Confirm", regenerateButton: "Regenerate", cancel: "Cancel", close: "Close", reveal: "Reveal" } },
  { locale: "zh-Hant", names: { add: "新增Zapier帳號", view: "查看", edit: "編輯", regenerate: "重新產出Token", remove: "刪除", more: (n: string) => `${n}的更多操作`, audit: "稽核記錄", confirm: "確認", regenerateButton: "重新產出", cancel: "取消", close: "關閉", reveal: "顯示" } },
] as const;

for (const { locale, names } of LOCALES) {
  test(`pages and dialogs are accessible (${locale})`, async ({ page, loginAs, baseURL }) => {
    // Fourteen axe scans of 1–5 s each (more on a loaded CI machine): a budget for them, not for waiting.
    test.setTimeout(120_000);
    await page.context().addCookies([{ name: LOCALE_COOKIE, value: locale, url: baseURL ?? "" }]);
    await page.goto("/login");
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
    await expectAccessible(page, `login (${locale})`);

    await loginAs("a11y");
    if (locale === "en") {
      await page.goto("/admin/integrations/zapier");
      await expect(page.getByRole("heading", { name: "No Zapier accounts yet" })).toBeVisible();
      await expectAccessible(page, "empty Zapier page");
    }
    const name = `Axe ${locale}`;
    await createAccount(page, name);

    await page.goto("/admin/integrations");
    await expectAccessible(page, `integrations (${locale})`);

    await page.goto("/admin/integrations/zapier");
    await expect(page.getByRole("rowheader", { name })).toBeVisible();
    await expectAccessible(page, `Zapier page (${locale})`);

    // Add: the form, a field error, then the credentials.
    await page.getByRole("button", { name: names.add }).click();
    const add = page.getByRole("dialog");
    await add.getByRole("button", { name: names.confirm }).click();
    await expect(add.getByRole("textbox")).toHaveAttribute("aria-invalid", "true");
    await expectAccessible(page, `add dialog with error (${locale})`);
    await add.getByRole("textbox").fill(`${name} 2`);
    await add.getByRole("button", { name: names.confirm }).click();
    await expect(add.getByRole("button", { name: names.close })).toBeVisible();
    await expectAccessible(page, `add dialog credentials (${locale})`);
    await add.getByRole("button", { name: names.close }).click();
    await expect(add).toBeHidden();

    // Row menu and the dialogs it opens.
    await page.getByRole("button", { name: names.more(name), exact: true }).click();
    await expect(page.getByRole("menu")).toBeVisible();
    await expectAccessible(page, `row menu (${locale})`);
    await page.getByRole("menuitem", { name: names.view }).click();
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
    await page.getByRole("button", { name: names.reveal }).click();
    await expect(page.getByText(/^cnxzap_[0-9A-Za-z]+$/)).toBeVisible();
    await expectAccessible(page, `account page (${locale})`);
    await page.goto("/admin/integrations/zapier");

    await page.getByRole("button", { name: names.more(name), exact: true }).click();
    await page.getByRole("menuitem", { name: names.edit }).click();
    await expect(page.getByRole("dialog")).toBeVisible();
    await expectAccessible(page, `edit dialog (${locale})`);
    await page.keyboard.press("Escape");
    await expect(page.getByRole("dialog")).toBeHidden();

    await page.getByRole("button", { name: names.more(name), exact: true }).click();
    await page.getByRole("menuitem", { name: names.regenerate }).click();
    const regenerate = page.getByRole("alertdialog");
    await expectAccessible(page, `regenerate confirm (${locale})`);
    await regenerate.getByRole("button", { name: names.regenerateButton }).click();
    await expect(regenerate.getByRole("button", { name: names.close })).toBeVisible();
    await expectAccessible(page, `regenerate done (${locale})`);
    await regenerate.getByRole("button", { name: names.close }).click();
    await expect(regenerate).toBeHidden();

    await page.getByRole("button", { name: names.more(name), exact: true }).click();
    await page.getByRole("menuitem", { name: names.remove }).click();
    await expect(page.getByRole("alertdialog")).toBeVisible();
    await expectAccessible(page, `delete confirm (${locale})`);
    await page.getByRole("alertdialog").getByRole("button", { name: names.cancel }).click();

    // The language menu, open.
    await page.getByRole("button", { name: locale === "en" ? "Language: English" : "語言: 繁體中文" }).click();
    await expect(page.getByRole("menu")).toBeVisible();
    await expectAccessible(page, `language menu (${locale})`);
    await page.keyboard.press("Escape");

    await page.getByRole("tab", { name: names.audit }).click();
    await expect(page.getByRole("tabpanel").getByRole("table")).toBeVisible();
    await expectAccessible(page, `audit log (${locale})`);
  });
}

test("the narrow layout (375 px) and its navigation sheet are accessible", async ({ page, loginAs }) => {
  await loginAs("a11y", "staff");
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto("/admin/integrations/zapier");
  await expectAccessible(page, "Zapier page at 375 px");
  await page.getByRole("button", { name: "Open navigation" }).click();
  const sheet = page.getByRole("dialog", { name: /Navigation/ });
  await expect(sheet.getByRole("link", { name: "Third-party Integration" })).toBeVisible();
  await expectAccessible(page, "navigation sheet");
  await sheet.getByRole("link", { name: "Third-party Integration" }).click();
  await expect(page).toHaveURL(/\/admin\/integrations$/);
});
