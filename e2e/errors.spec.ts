import { createAccount, expect, rowMenu, test } from "./fixtures";

// Server failures forced with page.route: each shows its own sentence, and optimistic changes roll back.
test("load errors offer a retry; failed mutations roll back and say why", async ({ page, loginAs }) => {
  await loginAs("errors");
  await createAccount(page, "Fragile Zaps");
  await page.goto("/admin/integrations/zapier");

  // The audit log fails (a 5xx is retried twice first), then loads on Try again.
  let serverDown = true;
  await page.route("**/api/zapier-accounts/audit-events*", (route) =>
    serverDown ? route.fulfill({ status: 500, json: { error: { code: "internal_error", message: "boom" } } }) : route.continue(),
  );
  await page.getByRole("tab", { name: "Audit log" }).click();
  const failure = page.getByRole("alert").filter({ hasText: "The audit log could not be loaded." });
  await expect(failure).toContainText("Something went wrong on our side. Try again.");
  serverDown = false;
  await failure.getByRole("button", { name: "Try again" }).click();
  await expect(page.getByRole("row").filter({ hasText: "Added the account" })).toBeVisible();
  await page.getByRole("tab", { name: "Accounts" }).click();

  // Delete is refused: the row comes back and the dialog says why.
  await page.route("**/api/zapier-accounts/*", (route) =>
    route.request().method() === "DELETE"
      ? route.fulfill({ status: 429, json: { error: { code: "rate_limited", message: "slow down" } } })
      : route.continue(),
  );
  await rowMenu(page, "Fragile Zaps").click();
  await page.getByRole("menuitem", { name: "Delete" }).click();
  const dialog = page.getByRole("alertdialog", { name: "Delete “Fragile Zaps”?" });
  await dialog.getByRole("button", { name: "Delete" }).click();
  await expect(dialog.getByRole("alert")).toHaveText("Too many requests. Wait a minute, then try again.");
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByRole("rowheader", { name: "Fragile Zaps" })).toBeVisible();

  // The network is down while adding: a form-level message, nothing by the field.
  await page.route("**/api/zapier-accounts", (route) => (route.request().method() === "POST" ? route.abort() : route.continue()));
  await page.getByRole("button", { name: "Add Zapier account" }).click();
  const add = page.getByRole("dialog", { name: "Add Zapier account" });
  await add.getByLabel("Zapier account name").fill("Offline Zaps");
  await add.getByRole("button", { name: "Confirm" }).click();
  await expect(add.getByRole("alert")).toHaveText("The console could not reach the server. Check your connection and try again.");
  await expect(add.getByLabel("Zapier account name")).not.toHaveAttribute("aria-invalid", "true");
  await expect(add.getByRole("button", { name: "Confirm" })).toBeEnabled();
});
