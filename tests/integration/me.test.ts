import { describe, expect, it } from "vitest";
import { appFetch, createAccount, loginAdmin } from "../helpers/session";

describe("GET {Base URL}/me", () => {
  it("answers 200 with the account and its service for good credentials", async () => {
    const admin = await loginAdmin("acme");
    const { account, appToken } = await createAccount(admin, "Me check");
    const res = await appFetch({ appId: account.appId, appToken }, "/me");
    expect(res.status).toBe(200);
    const body = (await res.json()) as { appId: string; name: string; service: { id: string; name: string } };
    expect(body).toMatchObject({ appId: account.appId, name: "Me check", service: { name: "Test acme" } });
    expect(body.service.id).toMatch(/\w+/);
    expect(res.headers.get("cache-control")).toBe("no-store");
  });

  it("records lastUsedAt after the answer, without touching updatedAt (which tracks changes to the account)", async () => {
    const admin = await loginAdmin("acme");
    const created = await createAccount(admin, "Me last used");
    const { appToken } = created;
    const account = created.account as typeof created.account & { lastUsedAt: string | null; updatedAt: string };
    expect(account.lastUsedAt).toBeNull();
    const started = Date.now();
    expect((await appFetch({ appId: account.appId, appToken }, "/me")).status).toBe(200);
    let after = account;
    for (let i = 0; i < 50 && after.lastUsedAt === null; i++) {
      await new Promise((r) => setTimeout(r, 100)); // written after the response is sent: poll for it
      after = ((await (await admin.fetch(`/api/zapier-accounts/${account.id}`)).json()) as { account: typeof account }).account;
    }
    expect(after.lastUsedAt).not.toBeNull();
    expect(Math.abs(Date.parse(after.lastUsedAt ?? "") - started)).toBeLessThan(60_000);
    expect(after.updatedAt).toBe(account.updatedAt);
  });

  it("answers 401 invalid_credentials for a wrong token, an unknown App ID and missing headers alike", async () => {
    const admin = await loginAdmin("acme");
    const { account, appToken } = await createAccount(admin, "Me wrong");
    const wrongToken = appToken.slice(0, -8) + "AAAAAAAA";
    for (const creds of [
      { appId: account.appId, appToken: wrongToken },
      { appId: "app_doesnotexist0000000", appToken },
      { appId: account.appId, appToken: "" },
    ]) {
      const res = await appFetch(creds, "/me");
      expect(res.status).toBe(401);
      expect(await res.json()).toEqual({ error: { code: "invalid_credentials", message: expect.any(String) } });
    }
  });
});
