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

  it("Next's assets and public files get the strict policy too", async () => {
    const base = inject("baseUrl");
    const page = await (await fetch(`${base}/login`)).text();
    const script = page.match(/\/_next\/static\/[^"]+\.js/)?.[0];
    expect(script).toBeDefined();
    for (const path of [script, "/favicon.svg", "/zapier-logo.svg", "/_next/static/nope.js"]) {
      const res = await fetch(`${base}${path}`);
      expect(res.headers.get("content-security-policy"), path).toBe("default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'");
      expect(res.headers.get("x-content-type-options"), path).toBe("nosniff");
    }
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
    // A forwarded host naming the foreign origin does not make it the app's own.
    const forged = await admin.fetch("/api/zapier-accounts", {
      method: "POST",
      json: { name: "Evil" },
      headers: { origin: "http://evil.example", "x-forwarded-host": "evil.example", "x-forwarded-proto": "http" },
    });
    expect(forged.status).toBe(403);
    const still = (await (await admin.fetch(`/api/zapier-accounts/${account.id}`)).json()) as { account: { name: string; tokenRegeneratedAt: string | null } };
    expect(still.account).toMatchObject({ name: "Origin probe", tokenRegeneratedAt: null });
  });
});

/** One sign-in through next-auth's credentials callback, as the login form does it. */
async function attemptLogin(email: string, password: string, headers: Record<string, string> = {}) {
  const base = inject("baseUrl");
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const cookie = csrf.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie, origin: base, ...headers },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
    redirect: "manual",
  });
  const url = res.headers.get("location") ?? ((await res.json()) as { url?: string }).url ?? "";
  return { location: url, signedIn: res.headers.getSetCookie().some((c) => c.includes("session-token=") && !c.includes("session-token=;")) };
}

describe("login throttling", () => {
  it("after 10 failed sign-ins for one email from one address, even the right password is refused", async () => {
    const email = adminEmail("throttle");
    for (let i = 0; i < 10; i++) {
      const r = await attemptLogin(email, "wrong-password");
      expect(r.signedIn).toBe(false);
      expect(r.location).toContain("error=CredentialsSignin");
    }
    const blocked = await attemptLogin(email, inject("password"));
    expect(blocked.signedIn).toBe(false);
    expect(blocked.location).toContain("error=throttled");
    // The address is the connection's: a client that claims another one is still refused.
    for (const forwarded of ["9.9.9.9", "9.9.9.9, 8.8.8.8"]) {
      const spoofed = await attemptLogin(email, inject("password"), { "x-forwarded-for": forwarded, "x-real-ip": "9.9.9.9" });
      expect(spoofed.signedIn, forwarded).toBe(false);
      expect(spoofed.location).toContain("error=throttled");
    }
    // Another email from the same address is not affected.
    await expect(login(adminEmail("cap"))).resolves.toBeDefined();
  });

  it("holds when the guesses arrive all at once: at most 10 passwords are checked", async () => {
    const email = `nobody-${Date.now()}@example.test`;
    const results = await Promise.all(Array.from({ length: 25 }, () => attemptLogin(email, "wrong-password")));
    expect(results.every((r) => !r.signedIn)).toBe(true);
    const checked = results.filter((r) => r.location.includes("error=CredentialsSignin")).length;
    const refused = results.filter((r) => r.location.includes("error=throttled")).length;
    expect(checked).toBe(10);
    expect(refused).toBe(15);
  });
});

describe("the client's address", () => {
  it("is the connection's, whatever X-Forwarded-For or X-Real-IP claim (no proxy is trusted by default)", async () => {
    const admin = await loginAdmin("acme");
    const { account } = await createAccount(admin, "Address probe");
    const res = await admin.fetch(`/api/zapier-accounts/${account.id}/reveal`, {
      method: "POST",
      headers: { "x-forwarded-for": "6.6.6.6", "x-real-ip": "6.6.6.6", forwarded: "for=6.6.6.6" },
    });
    expect(res.status).toBe(200);
    const { events } = (await (await admin.fetch("/api/zapier-accounts/audit-events?limit=5")).json()) as {
      events: { action: string; accountId: string; ipAddress: string }[];
    };
    const revealed = events.find((e) => e.action === "token.revealed" && e.accountId === account.id);
    expect(revealed?.ipAddress).toBe("127.0.0.1");
  });
});

describe("unknown API paths", () => {
  it("that are not even valid percent-encoding answer 404 in the API's error format, with the usual headers", async () => {
    for (const path of ["/api/%", "/api/zapier-accounts/%", "/api/zapier-accounts/%zz/reveal", "/api/zapier/v1/me/%E0%A4%A"]) {
      const res = await fetch(`${inject("baseUrl")}${path}`, { method: path.endsWith("reveal") ? "POST" : "GET" });
      expect(res.status, path).toBe(404);
      expect(await res.json()).toEqual({ error: { code: "not_found", message: expect.any(String) } });
      expect(res.headers.get("cache-control")).toBe("no-store");
      expect(res.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
      expect(res.headers.get("x-frame-options")).toBe("DENY");
    }
  });

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
