import { adminEmail, E2E_PASSWORD } from "./constants";
import { expect, screenshot, test } from "./fixtures";

async function fillLogin(page: import("@playwright/test").Page, email: string, password: string) {
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

test("a wrong password shows a clear error and stays on the login page", async ({ page }) => {
  await page.goto("/login");
  await fillLogin(page, adminEmail("auth"), "not-the-password");
  await expect(page.getByRole("alert").filter({ hasText: "The email or password is incorrect." })).toBeVisible();
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByLabel("Password")).toBeFocused();
  await screenshot(page, "login-error");
});

test("signing in returns to the page that asked for it; signing out ends the session", async ({ page }) => {
  await page.goto("/admin/integrations");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fadmin%2Fintegrations$/);
  await screenshot(page, "login");
  await fillLogin(page, adminEmail("auth"), E2E_PASSWORD);
  await expect(page).toHaveURL(/\/admin\/integrations$/);
  await expect(page.getByRole("heading", { level: 1, name: "Third-party Integration" })).toBeVisible();
  const nav = page.getByRole("navigation", { name: "Main navigation" });
  await expect(nav.getByRole("link", { name: "Third-party Integration" })).toHaveAttribute("aria-current", "page");
  await expect(page.getByText("E2E Auth").first()).toBeVisible();
  await expect(page.getByRole("article").getByText("No accounts")).toBeVisible();
  // The logo is above the fold: loaded with the page, not lazily (it was missing from screenshots).
  const logo = page.getByRole("img", { name: "Zapier logo" });
  await expect(logo).not.toHaveAttribute("loading", "lazy");
  await expect.poll(() => logo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  await screenshot(page, "integrations");

  await page.getByRole("link", { name: "Manage Zapier" }).click();
  await expect(page).toHaveURL(/\/admin\/integrations\/zapier$/);
  await expect(page.getByRole("heading", { level: 1, name: "Zapier" })).toBeVisible();

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto("/admin/integrations/zapier");
  await expect(page).toHaveURL(/\/login\?callbackUrl=/);
});

test("the redirect to the login page keeps the path and its query", async ({ page }) => {
  await page.goto("/admin/integrations/zapier?x=1&tab=audit");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fadmin%2Fintegrations%2Fzapier%3Fx%3D1%26tab%3Daudit$/);
  await fillLogin(page, adminEmail("auth"), E2E_PASSWORD);
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/admin\/integrations\/zapier\?x=1&tab=audit$/);
  await expect(page.getByRole("heading", { level: 1, name: "Zapier" })).toBeVisible();
});

test("only same-origin relative callbackUrls are followed", async ({ page }) => {
  await page.goto("/login?callbackUrl=" + encodeURIComponent("https://evil.example/steal"));
  await fillLogin(page, adminEmail("auth"), E2E_PASSWORD);
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/admin\/integrations\/zapier$/);

  await page.context().clearCookies();
  await page.goto("/login?callbackUrl=" + encodeURIComponent("//evil.example/steal"));
  await fillLogin(page, adminEmail("auth"), E2E_PASSWORD);
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/admin\/integrations\/zapier$/);
});
