import { describe, expect, inject, it } from "vitest";
import { anonymous, createAccount, login, loginAdmin } from "../helpers/session";
import { adminEmail } from "../setup/fixtures";

describe("security headers", () => {
  it("every API response forbids framing, sniffing and caching", async () => {
    for (const res of [await anonymous().fetch("/api/zapier-accounts"), await fetch(`${inject("baseUrl")}/api/zapier/v1/me`)]) {
      expect(res.headers.get("x-frame-options")).toBe("DENY");
      expect(res.headers.get("x-content-type-options")).toBe("nosniff");
      expect(res.headers.get("referrer-policy")).toBe("no-referrer");
      expect(res.headers.get("cache-control")).toBe("no-store");
      expect(res.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
      expect(res.headers.get("x-powered-by")).toBeNull();
    }
  });

  it("pages get a nonce CSP without 'unsafe-inline' scripts", async () => {
    const res = await fetch(`${inject("baseUrl")}/login`);
    const csp = res.headers.get("content-security-policy") ?? "";
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+'/);
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers.get("x-frame-options")).toBe("DENY");
  });

  it("the create answer, which carries a token, is never cached", async () => {
    const admin = await loginAdmin("acme");
    const res = await admin.fetch("/api/zapier-accounts", { method: "POST", json: { name: "Cache probe" } });
    expect(res.status).toBe(201);
    expect(res.headers.get("cache-control")).toBe("no-store");
  });
});

describe("cross-origin mutations", () => {
  it("are 403 cross_origin and change nothing", async () => {
    const admin = await loginAdmin("acme");
    const { account } = await createAccount(admin, "Origin probe");
    for (const [method, path, json] of [
      ["POST", "/api/zapier-accounts", { name: "Evil" }],
      ["PATCH", `/api/zapier-accounts/${account.id}`, { name: "Evil" }],
      ["DELETE", `/api/zapier-accounts/${account.id}`, undefined],
      ["POST", `/api/zapier-accounts/${account.id}/regenerate`, {}],
      ["POST", `/api/zapier-accounts/${account.id}/reveal`, undefined],
    ] as const) {
      const res = await admin.fetch(path, { method, json, headers: { origin: "https://evil.example" } });
      expect(res.status, `${method} ${path}`).toBe(403);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe("cross_origin");
    }
    const still = (await (await admin.fetch(`/api/zapier-accounts/${account.id}`)).json()) as { account: { name: string; tokenRegeneratedAt: string | null } };
    expect(still.account).toMatchObject({ name: "Origin probe", tokenRegeneratedAt: null });
  });
});

describe("login throttling", () => {
  it("after 10 failed sign-ins for one email from one address, even the right password is refused", async () => {
    const email = adminEmail("throttle");
    const base = inject("baseUrl");
    async function attempt(password: string) {
      const csrf = await fetch(`${base}/api/auth/csrf`);
      const cookie = csrf.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
      const { csrfToken } = (await csrf.json()) as { csrfToken: string };
      const res = await fetch(`${base}/api/auth/callback/credentials`, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded", cookie, origin: base },
        body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
        redirect: "manual",
      });
      const url = res.headers.get("location") ?? ((await res.json()) as { url?: string }).url ?? "";
      return { location: url, signedIn: res.headers.getSetCookie().some((c) => c.includes("session-token=") && !c.includes("session-token=;")) };
    }
    for (let i = 0; i < 10; i++) {
      const r = await attempt("wrong-password");
      expect(r.signedIn).toBe(false);
      expect(r.location).toContain("error=CredentialsSignin");
    }
    const blocked = await attempt(inject("password"));
    expect(blocked.signedIn).toBe(false);
    expect(blocked.location).toContain("error=throttled");
    // Another email from the same address is not affected.
    await expect(login(adminEmail("cap"))).resolves.toBeDefined();
  });
});

describe("unknown API paths", () => {
  it("answer 404 in the API's error format", async () => {
    for (const path of ["/api/nope", "/api/zapier-accounts/x/y/z", "/api/zapier/v1/unknown"]) {
      const res = await fetch(`${inject("baseUrl")}${path}`);
      expect(res.status, path).toBe(404);
      expect(await res.json()).toEqual({ error: { code: "not_found", message: expect.any(String) } });
    }
  });
});

describe("methods an endpoint does not serve", () => {
  const cases: [method: string, path: string, allow: string][] = [
    ["PUT", "/api/zapier-accounts", "GET, POST"],
    ["DELETE", "/api/zapier-accounts", "GET, POST"],
    ["POST", "/api/zapier-accounts/some-id", "GET, PATCH, DELETE"],
    ["GET", "/api/zapier-accounts/some-id/regenerate", "POST"],
    ["GET", "/api/zapier-accounts/some-id/reveal", "POST"],
    ["DELETE", "/api/zapier-accounts/audit-events", "GET"],
    ["POST", "/api/zapier-accounts/some-id/deliveries", "GET"],
    ["GET", "/api/zapier-accounts/some-id/deliveries/other-id/retry", "POST"],
    ["GET", "/api/internal/events", "POST"],
    ["POST", "/api/zapier/v1/me", "GET"],
    ["PATCH", "/api/zapier/v1/hooks", "GET, POST"],
    ["GET", "/api/zapier/v1/hooks/some-id", "DELETE"],
    ["POST", "/api/zapier/v1/samples/contact.created", "GET"],
    ["PUT", "/api/zapier/v1/signing-secret", "GET"],
  ];
  it("answer 405 in the API's error format, with an Allow header", async () => {
    for (const [method, path, allow] of cases) {
      const res = await fetch(`${inject("baseUrl")}${path}`, { method });
      expect(res.status, `${method} ${path}`).toBe(405);
      expect(res.headers.get("allow"), `${method} ${path}`).toBe(allow);
      expect(res.headers.get("cache-control")).toBe("no-store");
      expect(await res.json()).toEqual({ error: { code: "method_not_allowed", message: expect.any(String) } });
    }
  });
});
