import { createAccount, expect, test } from "./fixtures";

// zod's eval probe used to break the pages' CSP (Lighthouse Best Practices): no page may violate it.
test("the list and account pages run without a CSP violation", async ({ page, loginAs }) => {
  await loginAs("account");
  const { account } = await createAccount(page, "CSP Zaps");
  await page.addInitScript(() => {
    const w = window as unknown as { __cspViolations: string[] };
    w.__cspViolations = [];
    document.addEventListener("securitypolicyviolation", (e) => w.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  for (const path of ["/admin/integrations/zapier", `/admin/integrations/zapier/${account.id}`, "/admin/integrations/zapier?tab=audit"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await page.getByRole("button", { name: /^Language/ }).click();
    await page.keyboard.press("Escape");
    expect(await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations), path).toEqual([]);
  }
});
