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

test("a failed background refresh keeps the last list and says so: Couldn't refresh · Retry", async ({ page, loginAs }) => {
  await loginAs("errors");
  await createAccount(page, "Steady Zaps");
  await page.goto("/admin/integrations/zapier");
  await expect(page.getByRole("rowheader", { name: "Steady Zaps" })).toBeVisible();
  await expect(page.getByText(/^\d+ of 10 accounts$/)).toBeVisible();

  // Every refetch of the list fails from now on; a rename invalidates the list (one refetch, retried twice).
  let down = true;
  await page.route("**/api/zapier-accounts", (route) =>
    down && route.request().method() === "GET" ? route.fulfill({ status: 500, json: { error: { code: "internal_error", message: "boom" } } }) : route.continue(),
  );
  await rowMenu(page, "Steady Zaps").click();
  await page.getByRole("menuitem", { name: "Edit" }).click();
  const edit = page.getByRole("dialog", { name: "Edit Zapier account" });
  await edit.getByLabel("Zapier account name").fill("Steady Zaps 2");
  await edit.getByRole("button", { name: "Save" }).click();
  await expect(edit).toBeHidden();

  const notice = page.getByRole("status").filter({ hasText: "Couldn't refresh" });
  await expect(notice).toHaveText("Couldn't refresh · Retry", { timeout: 20_000 });
  // The last list stays, and the count with it.
  await expect(page.getByRole("rowheader", { name: "Steady Zaps 2" })).toBeVisible();
  await expect(page.getByText(/^\d+ of 10 accounts$/)).toBeVisible();
  await expect(page.getByText("The Zapier accounts could not be loaded.")).toHaveCount(0);

  down = false;
  await notice.getByRole("button", { name: "Retry" }).click();
  await expect(notice).toHaveCount(0);
});

test("at 375 px the accounts read as cards and nothing is clipped", async ({ page, loginAs }) => {
  await loginAs("errors");
  await createAccount(page, "A narrow account with a name long enough to wrap over two lines");
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto("/admin/integrations/zapier");
  const cards = page.getByRole("list", { name: "Zapier accounts" });
  const card = cards.getByRole("listitem").filter({ hasText: "A narrow account with a name long enough" });
  await card.scrollIntoViewIfNeeded();
  await expect(card.getByRole("link")).toBeInViewport({ ratio: 1 });
  await expect(card.getByRole("button", { name: /^More actions for / })).toBeInViewport({ ratio: 1 });
  await expect(page.getByRole("table", { name: "Zapier accounts" })).toBeHidden();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
});
