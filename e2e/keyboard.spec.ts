import type { Locator, Page } from "@playwright/test";
import { expect, readClipboard, test } from "./fixtures";

/** Presses Tab until `target` has focus (at most `max` times): the way a keyboard user gets there. */
async function tabTo(page: Page, target: Locator, max = 40) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  await expect(target).toBeFocused();
}

test("the add flow works with the keyboard alone, and focus comes back", async ({ page, loginAs }) => {
  await loginAs("keyboard");
  await page.goto("/admin/integrations/zapier");

  const add = page.getByRole("button", { name: "Add Zapier account" });
  await tabTo(page, add);
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog", { name: "Add Zapier account" });
  const field = dialog.getByLabel("Zapier account name");
  await expect(field).toBeFocused();
  await page.keyboard.type("Keyboard Zaps");
  await page.keyboard.press("Enter");

  // Same dialog, same name; focus moves to the success line (the Confirm button is gone).
  const created = dialog;
  await expect(created.getByRole("heading", { name: "Zapier account added" })).toBeVisible();
  expect(await created.evaluate((el) => el.contains(document.activeElement))).toBe(true);
  const copyId = created.getByRole("button", { name: "Copy App ID" });
  await tabTo(page, copyId, 10);
  await page.keyboard.press("Enter");
  await expect.poll(() => readClipboard(page)).toMatch(/^app_/);

  // Focus stays inside the dialog: Tab cycles through its controls only.
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press("Tab");
    expect(await created.evaluate((el) => el.contains(document.activeElement))).toBe(true);
  }
  await tabTo(page, created.getByRole("button", { name: "Close" }), 16);
  await page.keyboard.press("Enter");
  await expect(created).toBeHidden();
  await expect(add).toBeFocused();

  // The row menu and a dialog from it, by keyboard; Escape returns focus to the menu button.
  const menuButton = page.getByRole("button", { name: "More actions for Keyboard Zaps" });
  await tabTo(page, menuButton);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("menuitem", { name: "View" })).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(page.getByRole("menuitem", { name: "Edit" })).toBeFocused();
  await page.keyboard.press("Enter");
  const edit = page.getByRole("dialog", { name: "Edit Zapier account" });
  await expect(edit.getByLabel("Zapier account name")).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(edit).toBeHidden();
  await expect(menuButton).toBeFocused();
});

test("the tab panel, a tab stop of its own, shows a focus ring; its heading does not repeat the tab", async ({ page, loginAs }) => {
  await loginAs("keyboard");
  await page.goto("/admin/integrations/zapier");
  await tabTo(page, page.getByRole("tab", { name: "Accounts" }));
  await page.keyboard.press("Tab");
  const panel = page.getByRole("tabpanel", { name: "Accounts" });
  await expect(panel).toBeFocused();
  expect(await panel.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe("solid");
  // The panel keeps a heading for screen readers, but "Accounts" is not shown twice.
  await expect(panel.getByRole("heading", { level: 2, name: "Accounts" })).toHaveClass(/\bsr-only\b/);
});
