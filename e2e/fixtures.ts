import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type APIRequestContext, type Page } from "@playwright/test";
import type { AccountWithTokenResponse } from "@/lib/zapier-accounts/schemas";
import { adminEmail, E2E_PASSWORD, staffEmail, type E2EService } from "./constants";

export { expect };
export type Role = "admin" | "staff";

interface Fixtures {
  /** Signs the page's browser context in as the admin (or staff) of a seeded e2e service. */
  loginAs: (service: E2EService, role?: Role) => Promise<void>;
}

/** next-auth's credentials flow over HTTP: the session cookie lands in the page's context. */
async function signIn(request: APIRequestContext, email: string) {
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password: E2E_PASSWORD, json: "true" },
  });
  expect(response.ok(), `sign-in as ${email}`).toBe(true);
  const session = (await (await request.get("/api/auth/session")).json()) as { user?: { email?: string } };
  expect(session.user?.email).toBe(email);
}

export const test = base.extend<Fixtures>({
  // `provide` is Playwright's `use`, renamed so the React hooks lint rule does not mistake it.
  loginAs: async ({ page }, provide) => {
    await provide((service, role = "admin") => signIn(page.request, role === "admin" ? adminEmail(service) : staffEmail(service)));
  },
});

/** Creates an account through the API with the page's session (quick set-up for a spec). */
export async function createAccount(page: Page, name: string): Promise<AccountWithTokenResponse> {
  const response = await page.request.post("/api/zapier-accounts", { data: { name } });
  expect(response.status(), await response.text()).toBe(201);
  return (await response.json()) as AccountWithTokenResponse;
}

/** What Zapier's connection test does: GET {Base URL}/me with the App ID and App Token. */
export async function meStatus(request: APIRequestContext, baseUrl: string, appId: string, token: string): Promise<number> {
  const response = await request.get(`${baseUrl}/me`, { headers: { "X-App-Id": appId, Authorization: `Bearer ${token}` } });
  return response.status();
}

/**
 * Holds every refetch of the accounts list until `release()`: for checking that a mutation's
 * outcome (toast, closed dialog) does not wait for the list. `held()` counts the held requests.
 */
export async function holdListRefetches(page: Page) {
  let open = () => {};
  let count = 0;
  const gate = new Promise<void>((resolve) => (open = resolve));
  await page.route("**/api/zapier-accounts", async (route) => {
    if (route.request().method() === "GET") {
      count += 1;
      await gate;
    }
    await route.continue();
  });
  return {
    held: () => count,
    async release() {
      // Unroute first: Playwright lets held requests through itself, and a late continue() is then ignored.
      await page.unrouteAll({ behavior: "ignoreErrors" });
      open();
    },
  };
}

export async function readClipboard(page: Page): Promise<string> {
  return page.evaluate(() => navigator.clipboard.readText());
}

export function rowMenu(page: Page, name: string) {
  return page.getByRole("button", { name: `More actions for ${name}`, exact: true });
}

/** Zero axe violations of any impact (WCAG 2.1 A/AA) on what is on screen now. */
export async function expectAccessible(page: Page, what: string) {
  // A soft navigation (a tab writing ?tab= into the URL) replaces the document's metadata: let
  // the title come back before axe reads the page, or it reports a navigation in flight.
  await expect(page).toHaveTitle(/\S/);
  // Legacy mode runs axe inside the page instead of opening a helper page per run: several times
  // faster, and the app has no cross-origin frames that would need the other mode.
  const results = await new AxeBuilder({ page }).setLegacyMode(true).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(" ")).join("\n  ")}`);
  expect(summary, `axe on ${what}`).toEqual([]);
}

export async function screenshot(page: Page, name: string, options: { fullPage?: boolean } = {}) {
  await page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: options.fullPage ?? false, animations: "disabled" });
}
