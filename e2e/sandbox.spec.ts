import type { Page } from "@playwright/test";
import { EVENT_NAMES } from "@/lib/events/catalog";
import { createAccount, expect, expectAccessible, test } from "./fixtures";
import { startSink, subscribe } from "./hooks";

/** The sandbox page fires each of the 13 triggers for real, to a REST hook on a local sink. */

const group = (page: Page, name: string) => page.getByRole("group", { name, exact: true });
const received = (bodies: unknown[], event: string) => bodies.filter((b) => (b as { event?: string } | null)?.event === event) as Record<string, unknown>[];

async function done(page: Page, text: string) {
  await expect(page.getByText(text).first()).toBeVisible();
}

test("the sandbox controls fire every trigger to a subscribed hook", async ({ page, loginAs }) => {
  test.setTimeout(90_000);
  const sink = await startSink();
  sink.state.status = 200;
  try {
    await loginAs("sandbox");
    const created = await createAccount(page, "Sandbox Zaps");
    for (const event of EVENT_NAMES) await subscribe(page, created, event, sink.url);

    await page.goto("/admin/integrations/zapier");
    await page.getByRole("link", { name: "Open the sandbox" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Sandbox" })).toBeVisible();
    await expect(page.getByText("building and testing Zaps before connecting the live platform")).toBeVisible();

    // Enquiries: new → handling → closed; another new → missed.
    await page.getByRole("button", { name: "Create enquiry" }).click();
    await done(page, "created: New enquiry sent");
    await page.getByRole("button", { name: "Mark handling" }).click();
    await done(page, "Enquiry marked handling");
    await page.getByRole("button", { name: "Mark closed" }).click();
    await done(page, "Enquiry marked closed");
    await page.getByRole("button", { name: "Create enquiry" }).click();
    await page.getByRole("button", { name: "Mark missed" }).click();
    await done(page, "Enquiry marked missed");

    // Contacts: add, edit, transfer owner, merge another into it, delete.
    const add = group(page, "Add a contact");
    await add.getByLabel("First name").fill("Elsa");
    await add.getByLabel("Last name").fill("Sandbox");
    await add.getByRole("button", { name: "Add contact" }).click();
    await done(page, "Contact added");
    await group(page, "Change a contact").getByLabel("Contact").selectOption({ label: "Elsa Sandbox" });
    await group(page, "Edit").getByLabel("First name").fill("Elsie");
    await page.getByRole("button", { name: "Edit", exact: true }).click();
    await done(page, "Contact changed");
    await expectAccessible(page, "the sandbox with a contact chosen");
    const transfer = group(page, "Transfer owner");
    await transfer.getByLabel("New owner").selectOption({ index: 1 });
    await transfer.getByRole("button", { name: "Transfer owner" }).click();
    await done(page, "Owner transferred");
    await add.getByLabel("First name").fill("Merge");
    await add.getByLabel("Last name").fill("Me");
    await add.getByRole("button", { name: "Add contact" }).click();
    await group(page, "Change a contact").getByLabel("Contact").selectOption({ label: "Merge Me" });
    await group(page, "Merge").getByLabel("Merge into").selectOption({ label: "Elsie Sandbox" });
    await page.getByRole("button", { name: "Merge", exact: true }).click();
    await done(page, "Contacts merged");
    const contacts = page.getByRole("table", { name: /External contacts of the sandbox/ });
    await expect(contacts.getByRole("rowheader", { name: "Merge Me" })).toHaveCount(0);
    await expect(contacts.getByRole("row", { name: /Elsie Sandbox/ }).getByText("Sandbox", { exact: true })).toBeVisible();
    await group(page, "Change a contact").getByLabel("Contact").selectOption({ label: "Elsie Sandbox" });
    await page.getByRole("button", { name: "Delete", exact: true }).click();
    await done(page, "Contact deleted");

    // Tags: add (then selected), rename, delete.
    await group(page, "Add a tag").getByLabel("Tag name").fill("E2E tag");
    await page.getByRole("button", { name: "Add tag" }).click();
    await done(page, "Tag added");
    const change = group(page, "Change a tag");
    await change.getByLabel("Tag name").fill("E2E tag renamed");
    await change.getByRole("button", { name: "Edit tag" }).click();
    await done(page, "Tag changed");
    await change.getByRole("button", { name: "Delete tag" }).click();
    await done(page, "Tag deleted");

    // SMS: the sandbox carrier reports it a moment later; the table follows.
    await page.getByLabel("Recipient number").fill("+85291234567");
    await page.getByLabel("Text", { exact: true }).fill("Hello from the sandbox");
    await page.getByRole("button", { name: "Send SMS" }).click();
    await done(page, "SMS handed to the sandbox carrier");
    const sms = page.getByRole("table", { name: /SMS sent in the sandbox/ });
    await expect(sms.getByRole("cell", { name: "Success", exact: true })).toBeVisible({ timeout: 15_000 });

    await expect.poll(() => EVENT_NAMES.filter((e) => received(sink.state.bodies, e).length === 0), { timeout: 20_000 }).toEqual([]);
    expect(received(sink.state.bodies, "contact.owner_transferred")[0]).toMatchObject({ name: "Elsie Sandbox", toOwnerID: expect.any(String), fromOwnerID: expect.any(String) });
    expect(received(sink.state.bodies, "tag.updated")[0]).toMatchObject({ name: "E2E tag renamed" });
    expect(received(sink.state.bodies, "sms.status")[0]).toMatchObject({ status: "Success", recipientNumber: "+85291234567" });
  } finally {
    await sink.close();
  }
});

test("the sandbox is accessible in both languages at 1280 and 375 px", async ({ page, loginAs }) => {
  test.setTimeout(60_000);
  await loginAs("sandbox");
  for (const locale of ["en", "zh-Hant"] as const) {
    await page.context().addCookies([{ name: "NEXT_LOCALE", value: locale, domain: "127.0.0.1", path: "/" }]);
    for (const width of [1280, 375]) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto("/admin/integrations/zapier/sandbox");
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await expect(page.getByRole("heading", { level: 1, name: locale === "en" ? "Sandbox" : "沙盒" })).toBeVisible();
      await expectAccessible(page, `the sandbox (${locale}, ${width} px)`);
    }
  }
});

test("staff get the not-found page and no link", async ({ page, loginAs }) => {
  await loginAs("sandbox", "staff");
  await page.goto("/admin/integrations/zapier");
  await expect(page.getByRole("heading", { level: 1, name: "Zapier" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Open the sandbox" })).toHaveCount(0);
  const response = await page.goto("/admin/integrations/zapier/sandbox");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "The sandbox is not available" })).toBeVisible();
});
