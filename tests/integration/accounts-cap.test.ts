import { describe, expect, it } from "vitest";
import { createAccount, loginAdmin, type Session } from "../helpers/session";

async function count(session: Session) {
  const body = (await (await session.fetch("/api/zapier-accounts")).json()) as { accounts: unknown[] };
  return body.accounts.length;
}

describe("at most 10 accounts per service", () => {
  it("the 11th is 409 limit_reached; deleting one makes room again", async () => {
    const admin = await loginAdmin("cap");
    const ids: string[] = [];
    for (let i = 1; i <= 10; i++) ids.push((await createAccount(admin, `Cap ${i}`)).account.id);
    const res = await admin.fetch("/api/zapier-accounts", { method: "POST", json: { name: "Cap 11" } });
    expect(res.status).toBe(409);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("limit_reached");
    expect(await count(admin)).toBe(10);
    await admin.fetch(`/api/zapier-accounts/${ids[0]}`, { method: "DELETE" });
    expect((await createAccount(admin, "Cap 11")).account.name).toBe("Cap 11");
    expect(await count(admin)).toBe(10);
  });

  it("holds under concurrency: 50 simultaneous creates with 9 existing → exactly one succeeds", async () => {
    const admin = await loginAdmin("concurrency");
    for (let i = 1; i <= 9; i++) await createAccount(admin, `Existing ${i}`);
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) => admin.fetch("/api/zapier-accounts", { method: "POST", json: { name: `Racer ${i}` } })),
    );
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(49);
    for (const r of results.filter((x) => x.status === 409)) {
      expect(((await r.json()) as { error: { code: string } }).error.code).toBe("limit_reached");
    }
    expect(await count(admin)).toBe(10);
  });

  it("concurrent creates with one name → exactly one succeeds, the others are name_taken", async () => {
    const admin = await loginAdmin("globex");
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) => admin.fetch("/api/zapier-accounts", { method: "POST", json: { name: i % 2 ? "Same Name" : "same name" } })),
    );
    const statuses = results.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(9);
    const created = (await Promise.all(results.filter((r) => r.status === 201).map((r) => r.json()))) as { account: { id: string } }[];
    for (const c of created) await admin.fetch(`/api/zapier-accounts/${c.account.id}`, { method: "DELETE" });
  });
});
