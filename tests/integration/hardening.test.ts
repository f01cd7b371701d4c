import fs from "node:fs";
import { encode, type JWT } from "next-auth/jwt";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { anonymous, createAccount, login, loginAdmin, loginStaff, type Session } from "../helpers/session";
import { ingest, newCreds, type Creds } from "../helpers/zapier";
import { adminEmail, LONG_PASSWORD, longPasswordEmail, staffEmail, TEST_ENV } from "../setup/fixtures";

const base = () => inject("baseUrl");
const HOUR = 3600;
const serverLog = () => fs.readFileSync(inject("serverLogPath"), "utf8");

async function signOut(session: Session) {
  const { csrfToken } = (await (await session.fetch("/api/auth/csrf")).json()) as { csrfToken: string };
  const res = await session.fetch("/api/auth/signout", {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ csrfToken, json: "true" }),
  });
  expect(res.status).toBeLessThan(400);
}

/** A session cookie minted offline with the server's secret, as anyone holding NEXTAUTH_SECRET could. */
async function mintedFetch(claims: Record<string, unknown>, path: string, init: RequestInit = {}) {
  const token = await encode({ token: claims as JWT, secret: TEST_ENV.NEXTAUTH_SECRET, maxAge: 30 * 24 * HOUR });
  return fetch(`${base()}${path}`, { ...init, redirect: "manual", headers: { cookie: `next-auth.session-token=${token}`, origin: base(), ...init.headers } });
}

describe("the login page's callback", () => {
  it.each(["/..//evil.example", "//evil.example", "/\\evil.example", "/%2e%2e//evil.example", "https://evil.example/"])(
    "a signed-in visit with callbackUrl=%j stays on this origin",
    async (callbackUrl) => {
      const admin = await loginAdmin("acme");
      const res = await admin.fetch(`/login?callbackUrl=${encodeURIComponent(callbackUrl)}`);
      expect(res.status).toBe(307);
      const target = new URL(res.headers.get("location") ?? "", base());
      expect(target.origin).toBe(new URL(base()).origin);
      expect(target.pathname).toBe("/admin/integrations/zapier");
    },
  );
});

describe("sessions", () => {
  it("a session past 8 hours, or idle past 2 hours, is refused, even when its cookie is still valid", async () => {
    const staff = await loginStaff("sessions");
    const me = (await (await staff.fetch("/api/auth/session")).json()) as { user: { id: string } };
    const now = Math.floor(Date.now() / 1000);
    const claims = { uid: me.user.id, email: staffEmail("sessions"), role: "STAFF", sv: 0 };
    // The control: a token with the right claims and times is accepted, so what follows is refused for its times alone.
    expect((await mintedFetch({ ...claims, authTime: now - 60, seen: now - 60 }, "/api/zapier-accounts")).status).toBe(200);
    expect((await mintedFetch({ ...claims, authTime: now - 9 * HOUR, seen: now - 60 }, "/api/zapier-accounts")).status).toBe(401);
    expect((await mintedFetch({ ...claims, authTime: now - 3 * HOUR, seen: now - 2 * HOUR - 60 }, "/api/zapier-accounts")).status).toBe(401);
    // What next-auth itself would have minted before: no session version, no sign-in time.
    expect((await mintedFetch({ uid: me.user.id, email: staffEmail("sessions"), role: "STAFF" }, "/api/zapier-accounts")).status).toBe(401);
  });

  it("a console request renews the idle clock (a new cookie), never the 8-hour limit", async () => {
    const staff = await loginStaff("sessions");
    const me = (await (await staff.fetch("/api/auth/session")).json()) as { user: { id: string } };
    const now = Math.floor(Date.now() / 1000);
    const claims = { uid: me.user.id, email: staffEmail("sessions"), role: "STAFF", sv: 0 };
    const res = await mintedFetch({ ...claims, authTime: now - 7 * HOUR - 1800, seen: now - 600 }, "/api/zapier-accounts");
    expect(res.status).toBe(200);
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith("next-auth.session-token="));
    expect(cookie).toBeDefined();
    // What is left of the 8 hours (30 minutes), not another 2 hours.
    const maxAge = Number(cookie?.match(/Max-Age=(\d+)/i)?.[1]);
    expect(maxAge).toBeGreaterThan(1700);
    expect(maxAge).toBeLessThanOrEqual(1800);
    expect(cookie).toMatch(/HttpOnly/i);
    // A fresh one is not rewritten on every request.
    const fresh = await mintedFetch({ ...claims, authTime: now - 60, seen: now - 60 }, "/api/zapier-accounts");
    expect(fresh.headers.getSetCookie().some((c) => c.startsWith("next-auth.session-token="))).toBe(false);
  });

  it("polling the session endpoint never extends a session past 8 hours from sign-in", async () => {
    const staff = await loginStaff("sessions");
    const me = (await (await staff.fetch("/api/auth/session")).json()) as { user: { id: string } };
    const now = Math.floor(Date.now() / 1000);
    const claims = { uid: me.user.id, email: staffEmail("sessions"), role: "STAFF", sv: 0 };
    const late = await mintedFetch({ ...claims, authTime: now - 8 * HOUR + 600, seen: now - 60 }, "/api/auth/session");
    const body = (await late.json()) as { expires?: string };
    expect(Date.parse(body.expires ?? "")).toBeLessThanOrEqual((now - 8 * HOUR + 600 + 5) * 1000 + 8 * HOUR * 1000);
    const over = await mintedFetch({ ...claims, authTime: now - 8 * HOUR - 10, seen: now - 60 }, "/api/auth/session");
    expect(await over.json()).toEqual({});
  });

  it("signing out revokes the session on the server: a cookie copied before answers 401 to GET and POST", async () => {
    const admin = await login(adminEmail("sessions"));
    const otherDevice = await login(adminEmail("sessions"));
    expect((await admin.fetch("/api/zapier-accounts")).status).toBe(200);
    await signOut(admin);
    for (const session of [admin, otherDevice]) {
      expect((await session.fetch("/api/zapier-accounts")).status).toBe(401);
      const created = await session.fetch("/api/zapier-accounts", { method: "POST", json: { name: "After sign-out" } });
      expect(created.status).toBe(401);
      expect(await (await session.fetch("/api/auth/session")).json()).toEqual({});
    }
    // Signing in again works.
    const again = await login(adminEmail("sessions"));
    expect((await again.fetch("/api/zapier-accounts")).status).toBe(200);
  });
});

describe("next-auth and the log", () => {
  it("a callback URL with control characters answers 400 and writes no forged line", async () => {
    const res = await fetch(`${base()}/api/auth/session?callbackUrl=x%0A[delivery]%20FORGED`);
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { code: string; field: string } }).error).toMatchObject({ code: "bad_request", field: "callbackUrl" });
    const forged = await fetch(`${base()}/api/auth/signin?callbackUrl=%0D%0A[delivery]%20FORGED2`);
    expect(forged.status).toBe(400);
    expect(serverLog()).not.toMatch(/^\[delivery\] FORGED/m);
  });

  it.each([
    ["query", "/api/auth/session?callbackUrl=javascript:alert(1)", {}],
    ["query", "/api/auth/providers?callbackUrl=%3A%2F%2F", {}],
    ["cookie", "/api/auth/session", { cookie: "next-auth.callback-url=javascript:alert(1)" }],
    ["cookie", "/api/auth/csrf", { cookie: "next-auth.callback-url=%0A[delivery]%20FORGED3" }],
  ])("an invalid callback URL in the %s answers 400, not 500, with no stack in the log (%s)", async (_where, path, headers) => {
    const before = serverLog().length;
    const res = await fetch(`${base()}${path}`, { headers });
    expect(res.status).toBe(400);
    const written = serverLog().slice(before);
    expect(written).not.toMatch(/\n\s+at /);
    expect(written).not.toMatch(/^\[delivery\] FORGED/m);
  });
});

describe("one string rule: NUL and lone surrogates are 422 naming the field", () => {
  let admin: Session;
  let creds: Creds;
  beforeAll(async () => {
    admin = await loginAdmin("hardening");
    creds = await newCreds(admin, "Strings");
  });

  it.each(["a\u0000b", "a\ud800b", "a\udc00b"])("in an ingest field (%j)", async (value) => {
    const res = await ingest({ serviceId: creds.serviceId, event: "tag.created", data: { status: "created", id: "t1", name: value, colorCode: "#FF8800" } });
    expect(res.status).toBe(422);
    expect(((await res.json()) as { error: { field: string } }).error.field).toBe("data.name");
  });

  it.each(["a\u0000b", "a\ud800b", "a\udfffb"])("in a create or a rename (%j)", async (value) => {
    const created = await admin.fetch("/api/zapier-accounts", { method: "POST", json: { name: value } });
    expect(created.status).toBe(422);
    expect(((await created.json()) as { error: { field: string } }).error.field).toBe("name");
    const renamed = await admin.fetch(`/api/zapier-accounts/${creds.accountId}`, { method: "PATCH", json: { name: value } });
    expect(renamed.status).toBe(422);
    expect(((await renamed.json()) as { error: { field: string } }).error.field).toBe("name");
  });

  it("a valid surrogate pair (an emoji) is kept", async () => {
    const res = await ingest({ serviceId: creds.serviceId, event: "tag.created", data: { status: "created", id: "t2", name: "VIP 😀", colorCode: "#FF8800" } });
    expect(res.status).toBe(202);
  });
});

describe("look-alike account names", () => {
  let admin: Session;
  beforeAll(async () => {
    admin = await loginAdmin("names");
  });
  const create = (name: string) => admin.fetch("/api/zapier-accounts", { method: "POST", json: { name } });
  const code = async (res: Response) => ((await res.json()) as { error?: { code: string; field?: string } }).error;

  it.each([
    ["a zero-width space", "Acme\u200bOne"],
    ["a word joiner", "Acme\u2060One"],
    ["a soft hyphen", "Ac\u00adme One"],
    ["a stray variation selector", "Acme One\ufe0f"],
    ["a variation selector after a letter", "Acme\ufe0e One"],
    ["a zero-width joiner between letters", "Ac\u200dme"],
    ["a Mongolian vowel separator", "Acme\u180eOne"],
    ["a lone tag character", "Acme \u{e0041}"],
  ])("refuses %s", async (_what, name) => {
    const res = await create(name);
    expect(res.status).toBe(422);
    expect(await code(res)).toMatchObject({ code: "invalid_input", field: "name" });
  });

  it.each([
    ["a ZWJ family", "Team 👨‍👩‍👧"],
    ["VS16 after an emoji", "Love ❤️"],
    ["a keycap", "Line 1️⃣"],
    ["a subdivision flag", "Scotland 🏴󠁧󠁢󠁳󠁣󠁴󠁿"],
    ["a skin tone", "Wave 👋🏽"],
  ])("keeps %s", async (_what, name) => {
    const res = await create(name);
    expect(res.status, await res.clone().text()).toBe(201);
    const { account } = (await res.json()) as { account: { id: string; name: string } };
    expect(account.name).toBe(name);
    // At most 10 accounts a service: keep room for the next cases.
    expect((await admin.fetch(`/api/zapier-accounts/${account.id}`, { method: "DELETE" })).status).toBe(204);
  });

  it("compares names after NFKC and full case folding", async () => {
    expect((await create("Straße")).status).toBe(201);
    for (const twin of ["STRASSE", "strasse", "Strasse", "STRAẞE"]) {
      const res = await create(twin);
      expect(res.status, twin).toBe(409);
      expect((await code(res))?.code).toBe("name_taken");
    }
    expect((await create("ｆｕｌｌ ｗｉｄｔｈ")).status).toBe(201);
    expect((await create("Full Width")).status).toBe(409);
    expect((await create("ΣΊΣΥΦΟΣ")).status).toBe(201);
    expect((await create("σίσυφος")).status).toBe(409);
  });

  it("holds for renames", async () => {
    const { account } = await createAccount(admin, "Rename twin");
    expect((await create("Maße")).status).toBe(201);
    const res = await admin.fetch(`/api/zapier-accounts/${account.id}`, { method: "PATCH", json: { name: "MASSE" } });
    expect(res.status).toBe(409);
    const zw = await admin.fetch(`/api/zapier-accounts/${account.id}`, { method: "PATCH", json: { name: "Rename\u200btwin" } });
    expect(zw.status).toBe(422);
  });
});

describe("passwords longer than 72 bytes", () => {
  it("sign in with the whole password only, never with its 72-byte prefix", async () => {
    expect(Buffer.byteLength(LONG_PASSWORD)).toBe(100);
    await expect(login(longPasswordEmail, LONG_PASSWORD.slice(0, 72))).rejects.toThrow(/login failed/);
    await expect(login(longPasswordEmail, LONG_PASSWORD)).resolves.toBeDefined();
  });
});

describe("anonymous", () => {
  it("is still 401", async () => {
    expect((await anonymous().fetch("/api/zapier-accounts")).status).toBe(401);
  });
});
