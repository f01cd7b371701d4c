import { beforeAll, describe, expect, it } from "vitest";
import { anonymous, appFetch, createAccount, loginAdmin, loginStaff, type Session } from "../helpers/session";

/**
 * Every row of the API table for the four kinds of caller: anonymous, staff, admin, and the
 * admin of another service (who must not learn that the account exists).
 */
type Caller = "anonymous" | "staff" | "admin" | "otherAdmin";

interface Row {
  name: string;
  call: (s: Session, ids: { id: string }) => Promise<Response>;
  expected: Record<Caller, number>;
}

let admin: Session;
let staff: Session;
let otherAdmin: Session;
let target: { id: string; appId: string };

beforeAll(async () => {
  [admin, staff, otherAdmin] = await Promise.all([loginAdmin("crud"), loginStaff("crud"), loginAdmin("globex")]);
});

// Each row gets a fresh account, so destructive calls (delete) never affect another row.
const rows: Row[] = [
  { name: "GET /api/zapier-accounts", call: (s) => s.fetch("/api/zapier-accounts"), expected: { anonymous: 401, staff: 200, admin: 200, otherAdmin: 200 } },
  { name: "POST /api/zapier-accounts", call: (s) => s.fetch("/api/zapier-accounts", { method: "POST", json: { name: `New ${s.email}` } }), expected: { anonymous: 401, staff: 403, admin: 201, otherAdmin: 201 } },
  { name: "GET /api/zapier-accounts/{id}", call: (s, { id }) => s.fetch(`/api/zapier-accounts/${id}`), expected: { anonymous: 401, staff: 200, admin: 200, otherAdmin: 404 } },
  { name: "PATCH /api/zapier-accounts/{id}", call: (s, { id }) => s.fetch(`/api/zapier-accounts/${id}`, { method: "PATCH", json: { name: `Renamed ${id}` } }), expected: { anonymous: 401, staff: 403, admin: 200, otherAdmin: 404 } },
  { name: "DELETE /api/zapier-accounts/{id}", call: (s, { id }) => s.fetch(`/api/zapier-accounts/${id}`, { method: "DELETE" }), expected: { anonymous: 401, staff: 403, admin: 204, otherAdmin: 404 } },
  { name: "POST /api/zapier-accounts/{id}/regenerate", call: (s, { id }) => s.fetch(`/api/zapier-accounts/${id}/regenerate`, { method: "POST" }), expected: { anonymous: 401, staff: 403, admin: 200, otherAdmin: 404 } },
  { name: "POST /api/zapier-accounts/{id}/reveal", call: (s, { id }) => s.fetch(`/api/zapier-accounts/${id}/reveal`, { method: "POST" }), expected: { anonymous: 401, staff: 403, admin: 200, otherAdmin: 404 } },
  { name: "GET /api/zapier-accounts/audit-events", call: (s) => s.fetch("/api/zapier-accounts/audit-events"), expected: { anonymous: 401, staff: 403, admin: 200, otherAdmin: 200 } },
];

const ERROR_CODE: Record<number, string> = { 401: "unauthenticated", 403: "forbidden", 404: "not_found" };

describe.each(rows)("$name", (row) => {
  it.each(["anonymous", "staff", "admin", "otherAdmin"] as const)("as %s", async (caller) => {
    const { account } = await createAccount(admin, `Access ${row.name} ${caller}`);
    target = account;
    const session = { anonymous: anonymous(), staff, admin, otherAdmin }[caller];
    const res = await row.call(session, { id: target.id });
    expect(res.status).toBe(row.expected[caller]);
    expect(res.headers.get("cache-control")).toBe("no-store");
    if (res.status >= 400) {
      expect(await res.json()).toEqual({ error: { code: ERROR_CODE[res.status], message: expect.any(String) } });
    }
    // Clean up so the service stays under its cap.
    await admin.fetch(`/api/zapier-accounts/${target.id}`, { method: "DELETE" });
    if (row.name === "POST /api/zapier-accounts" && res.status === 201) {
      const created = (await res.json()) as { account: { id: string } };
      await session.fetch(`/api/zapier-accounts/${created.account.id}`, { method: "DELETE" });
    }
  });
});

describe("tenancy", () => {
  it("never lists another service's accounts, and its id answers exactly like an unknown one", async () => {
    const { account } = await createAccount(admin, "Tenancy probe");
    const list = (await (await otherAdmin.fetch("/api/zapier-accounts")).json()) as { accounts: { id: string }[] };
    expect(list.accounts.map((a) => a.id)).not.toContain(account.id);
    const foreign = await otherAdmin.fetch(`/api/zapier-accounts/${account.id}`);
    const unknown = await otherAdmin.fetch(`/api/zapier-accounts/c00000000000000000000000`);
    expect(foreign.status).toBe(404);
    expect(await foreign.json()).toEqual(await unknown.json());
    // And the other admin's failed attempts changed nothing.
    const still = (await (await admin.fetch(`/api/zapier-accounts/${account.id}`)).json()) as { account: { name: string } };
    expect(still.account.name).toBe("Tenancy probe");
    await admin.fetch(`/api/zapier-accounts/${account.id}`, { method: "DELETE" });
  });

  it("staff see the same list as admins but never a token", async () => {
    const { account, appToken } = await createAccount(admin, "Staff view");
    const res = await staff.fetch(`/api/zapier-accounts/${account.id}`);
    const text = await res.text();
    expect(res.status).toBe(200);
    expect(text).not.toContain(appToken);
    expect(JSON.parse(text)).toEqual({
      account: {
        id: account.id,
        name: "Staff view",
        appId: account.appId,
        baseUrl: account.baseUrl,
        tokenPreview: `cnxzap_${appToken.slice(-4)}`,
        createdAt: expect.any(String),
        updatedAt: expect.any(String),
        lastUsedAt: null,
        tokenRegeneratedAt: null,
        previousTokenExpiresAt: null,
      },
    });
    expect((await appFetch({ appId: account.appId, appToken }, "/me")).status).toBe(200);
    await admin.fetch(`/api/zapier-accounts/${account.id}`, { method: "DELETE" });
  });
});
