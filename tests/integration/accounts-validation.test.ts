import { beforeAll, describe, expect, it } from "vitest";
import { postUnfinished } from "../helpers/http";
import { createAccount, loginAdmin, type Session } from "../helpers/session";

let admin: Session;
let existing: { id: string; name: string };

async function names() {
  const res = await admin.fetch("/api/zapier-accounts");
  return ((await res.json()) as { accounts: { name: string }[] }).accounts.map((a) => a.name).sort();
}

beforeAll(async () => {
  admin = await loginAdmin("validation");
  existing = (await createAccount(admin, "Sales Team")).account;
});

const raw = (body: string, contentType = "application/json"): RequestInit => ({
  method: "POST",
  body,
  headers: contentType ? { "content-type": contentType } : {},
});

describe("bad input is a clear 4xx and stores nothing", () => {
  const cases: { name: string; init: RequestInit; status: number; code: string; field?: string }[] = [
    { name: "empty name", init: raw(JSON.stringify({ name: "" })), status: 422, code: "invalid_input", field: "name" },
    { name: "whitespace name", init: raw(JSON.stringify({ name: "   \t " })), status: 422, code: "invalid_input", field: "name" },
    { name: "101 characters", init: raw(JSON.stringify({ name: "x".repeat(101) })), status: 422, code: "invalid_input", field: "name" },
    { name: "101 emoji", init: raw(JSON.stringify({ name: "😀".repeat(101) })), status: 422, code: "invalid_input", field: "name" },
    { name: "control character", init: raw(JSON.stringify({ name: "bad\u0000name" })), status: 422, code: "invalid_input", field: "name" },
    { name: "newline", init: raw(JSON.stringify({ name: "two\nlines" })), status: 422, code: "invalid_input", field: "name" },
    { name: "invisible characters only", init: raw(JSON.stringify({ name: "\u200b\u3164" })), status: 422, code: "invalid_input", field: "name" },
    { name: "bidirectional override", init: raw(JSON.stringify({ name: "invoice\u202efdp.exe" })), status: 422, code: "invalid_input", field: "name" },
    { name: "101 flags", init: raw(JSON.stringify({ name: "🇹🇼".repeat(101) })), status: 422, code: "invalid_input", field: "name" },
    { name: "number", init: raw(JSON.stringify({ name: 42 })), status: 422, code: "invalid_input", field: "name" },
    { name: "null", init: raw(JSON.stringify({ name: null })), status: 422, code: "invalid_input", field: "name" },
    { name: "array", init: raw(JSON.stringify({ name: ["a"] })), status: 422, code: "invalid_input", field: "name" },
    { name: "missing name", init: raw(JSON.stringify({})), status: 422, code: "invalid_input", field: "name" },
    { name: "extra field", init: raw(JSON.stringify({ name: "Extra", appId: "app_mine" })), status: 422, code: "invalid_input", field: "appId" },
    { name: "body is an array", init: raw(JSON.stringify([{ name: "x" }])), status: 422, code: "invalid_input" },
    { name: "body is a string", init: raw(JSON.stringify("x")), status: 422, code: "invalid_input" },
    { name: "malformed JSON", init: raw('{"name": "x",'), status: 400, code: "invalid_json" },
    { name: "empty body", init: raw(""), status: 400, code: "invalid_json" },
    { name: "not JSON", init: raw("name=x", "application/x-www-form-urlencoded"), status: 415, code: "unsupported_media_type" },
    { name: "no content type", init: raw(JSON.stringify({ name: "x" }), ""), status: 415, code: "unsupported_media_type" },
    { name: "huge body", init: raw(JSON.stringify({ name: "x".repeat(20_000) })), status: 413, code: "payload_too_large" },
    { name: "duplicate name in other case", init: raw(JSON.stringify({ name: "sales team" })), status: 409, code: "name_taken" },
    { name: "duplicate name with spaces around", init: raw(JSON.stringify({ name: "  SALES TEAM " })), status: 409, code: "name_taken" },
  ];

  it.each(cases)("POST: $name → $status $code", async ({ init, status, code, field }) => {
    const before = await names();
    const res = await admin.fetch("/api/zapier-accounts", init);
    expect(res.status).toBe(status);
    const body = (await res.json()) as { error: { code: string; message: string; field?: string } };
    expect(body.error.code).toBe(code);
    expect(body.error.message.length).toBeGreaterThan(5);
    if (field) expect(body.error.field).toBe(field);
    expect(await names()).toEqual(before);
  });

  it.each(cases.filter((c) => c.code !== "name_taken"))("PATCH: $name → $status", async ({ init, status, code }) => {
    const res = await admin.fetch(`/api/zapier-accounts/${existing.id}`, { ...init, method: "PATCH" });
    expect(res.status).toBe(status);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe(code);
    expect(await names()).toContain("Sales Team");
  });

  it("a huge body without Content-Length is cut off at 16 KiB, not buffered", async () => {
    // 32 KiB in 4 KiB chunks and no end of body: a server that buffered the whole body would never
    // answer; this one reads 16 KiB, answers 413 and closes (a write after that may fail: expected).
    const chunk = new TextEncoder().encode("x".repeat(4096));
    const res = await postUnfinished(`${admin.baseUrl}/api/zapier-accounts`, { ...admin.headers(), "content-type": "application/json" }, chunk, 8);
    expect(res.status).toBe(413);
    expect((JSON.parse(res.body) as { error: { code: string } }).error.code).toBe("payload_too_large");
  });

  it("rename cannot change anything but the name", async () => {
    for (const extra of [{ appId: "x" }, { tokenPreview: "x" }, { createdAt: "2020-01-01" }, { id: "x" }]) {
      const field = Object.keys(extra)[0];
      // With the name and without it: the answer names the field that cannot be set.
      for (const json of [{ name: "Sales Team", ...extra }, extra]) {
        const res = await admin.fetch(`/api/zapier-accounts/${existing.id}`, { method: "PATCH", json });
        expect(res.status).toBe(422);
        expect(((await res.json()) as { error: { code: string; field?: string } }).error).toMatchObject({ code: "invalid_input", field });
      }
    }
  });

  it("regenerate refuses a grace period that is not 0, 3600 or 86400", async () => {
    for (const graceSeconds of [60, -1, "3600", null]) {
      const res = await admin.fetch(`/api/zapier-accounts/${existing.id}/regenerate`, { method: "POST", json: { graceSeconds } });
      expect(res.status).toBe(422);
      expect(((await res.json()) as { error: { field?: string } }).error.field).toBe("graceSeconds");
    }
  });

  it("a malformed or unknown id is 404 for every verb", async () => {
    for (const id of ["does-not-exist", "c00000000000000000000000", "x".repeat(65), "%00", "..%2F..%2Fetc"]) {
      for (const [method, path, json] of [
        ["GET", "", undefined],
        ["PATCH", "", { name: "x" }],
        ["DELETE", "", undefined],
        ["POST", "/regenerate", {}],
        ["POST", "/reveal", undefined],
      ] as const) {
        const res = await admin.fetch(`/api/zapier-accounts/${id}${path}`, { method, json });
        expect(res.status, `${method} ${id}${path}`).toBe(404);
      }
    }
  });
});

describe("valid names", () => {
  it("accepts emoji, CJK, 100 characters, and keeps them exactly (trimmed)", async () => {
    for (const name of ["客服 Zap 帳號", "🚀 Launch", "y".repeat(100), "  Padded  "]) {
      const { account } = await createAccount(admin, name);
      expect(account.name).toBe(name.trim());
      await admin.fetch(`/api/zapier-accounts/${account.id}`, { method: "DELETE" });
    }
  });

  it("rename to the same name in another case is allowed for the account itself", async () => {
    const res = await admin.fetch(`/api/zapier-accounts/${existing.id}`, { method: "PATCH", json: { name: "SALES team" } });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { account: { name: string } }).account.name).toBe("SALES team");
  });

  it("rename to another account's name in any case is 409 name_taken", async () => {
    const { account } = await createAccount(admin, "Support");
    const res = await admin.fetch(`/api/zapier-accounts/${account.id}`, { method: "PATCH", json: { name: "sales TEAM" } });
    expect(res.status).toBe(409);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("name_taken");
  });

  it("the same name is free in another service", async () => {
    const other = await loginAdmin("globex");
    const { account } = await createAccount(other, "Sales Team");
    expect(account.name).toBe("Sales Team");
    await other.fetch(`/api/zapier-accounts/${account.id}`, { method: "DELETE" });
  });
});
