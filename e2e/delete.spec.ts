import { createAccount, expect, meStatus, rowMenu, screenshot, test } from "./fixtures";

test("delete: Cancel keeps the account; Delete removes it and its token stops working", async ({ page, request, loginAs }) => {
  await loginAs("remove");
  const { account, appToken } = await createAccount(page, "Legacy Zaps");
  await createAccount(page, "Keep Zaps");
  await page.goto("/admin/integrations/zapier");

  await rowMenu(page, "Legacy Zaps").click();
  await page.getByRole("menuitem", { name: "Delete" }).click();
  let dialog = page.getByRole("alertdialog", { name: "Delete Legacy Zaps?" });
  await expect(dialog.getByText(/connection between Zapier and CINNOX that uses Legacy Zaps breaks/)).toBeVisible();
  await expect(dialog.getByText("This cannot be undone.")).toBeVisible();
  await expect(dialog.getByRole("button", { name: "Cancel" })).toBeFocused();
  await screenshot(page, "delete-confirm");
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("rowheader", { name: "Legacy Zaps" })).toBeVisible();

  await rowMenu(page, "Legacy Zaps").click();
  await page.getByRole("menuitem", { name: "Delete" }).click();
  dialog = page.getByRole("alertdialog", { name: "Delete Legacy Zaps?" });
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
  let release = () => {};
  let holding = 0;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/api/zapier-accounts", async (route) => {
    if (route.request().method() === "GET") {
      holding += 1;
      await held;
    }
    await route.continue();
  });
  await rowMenu(page, "Quick Zaps").click();
  await page.getByRole("menuitem", { name: "Delete" }).click();
  const dialog = page.getByRole("alertdialog", { name: "Delete Quick Zaps?" });
  await dialog.getByRole("button", { name: "Delete" }).click();
  await expect(page.getByText("Zapier account deleted")).toBeVisible();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("rowheader", { name: "Quick Zaps" })).toHaveCount(0);

  // The refetch on settle was really under way (and held) while the toast showed.
  expect(holding).toBeGreaterThan(0);
  // Unroute first: Playwright lets held requests through itself, and a late continue() is then ignored.
  await page.unrouteAll({ behavior: "ignoreErrors" });
  release();
  await page.reload();
  await expect(page.getByRole("rowheader", { name: "Quick Zaps" })).toHaveCount(0);
});
