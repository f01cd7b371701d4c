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
