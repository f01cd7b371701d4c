import { describe, expect, it } from "vitest";
import { createAccount, loginAdmin, loginStaff } from "../helpers/session";
import { adminEmail } from "../setup/fixtures";

interface AuditEvent {
  id: string;
  action: string;
  actor: { id: string | null; email: string };
  accountId: string | null;
  accountName: string;
  ipAddress: string | null;
  metadata: Record<string, unknown> | null;
  createdAt: string;
}

describe("audit events", () => {
  it("records every change with actor, time, address and account name, newest first, cursor paginated", async () => {
    const admin = await loginAdmin("audit");
    const { account } = await createAccount(admin, "Audited");
    await admin.fetch(`/api/zapier-accounts/${account.id}`, { method: "PATCH", json: { name: "Audited 2" } });
    await admin.fetch(`/api/zapier-accounts/${account.id}/regenerate`, { method: "POST", json: { graceSeconds: 3600 } });
    await admin.fetch(`/api/zapier-accounts/${account.id}/reveal`, { method: "POST" });
    await admin.fetch(`/api/zapier-accounts/${account.id}`, { method: "DELETE" });

    const seen: AuditEvent[] = [];
    let cursor: string | null = null;
    do {
      const res = await admin.fetch(`/api/zapier-accounts/audit-events?limit=2${cursor ? `&cursor=${cursor}` : ""}`);
      expect(res.status).toBe(200);
      const page = (await res.json()) as { events: AuditEvent[]; nextCursor: string | null };
      expect(page.events.length).toBeLessThanOrEqual(2);
      seen.push(...page.events);
      cursor = page.nextCursor;
    } while (cursor);

    expect(new Set(seen.map((e) => e.id)).size).toBe(seen.length);
    const mine = seen.filter((e) => e.accountId === account.id);
    expect(mine.map((e) => e.action)).toEqual(["account.deleted", "token.revealed", "token.regenerated", "account.renamed", "account.created"]);
    const times = seen.map((e) => e.createdAt);
    expect([...times].sort().reverse()).toEqual(times);
    for (const e of mine) {
      expect(e.actor.email).toBe(adminEmail("audit"));
      expect(e.ipAddress).toBeTruthy();
      expect(Date.parse(e.createdAt)).not.toBeNaN();
    }
    expect(mine.find((e) => e.action === "account.renamed")?.metadata).toEqual({ from: "Audited", to: "Audited 2" });
    expect(mine.find((e) => e.action === "token.regenerated")?.metadata).toEqual({ graceSeconds: 3600 });
    expect(JSON.stringify(seen)).not.toMatch(/cnxzap_[0-9A-Za-z]{20}/);
  });

  it("is visible to the service's admins only", async () => {
    expect((await (await loginStaff("audit")).fetch("/api/zapier-accounts/audit-events")).status).toBe(403);
    const other = await loginAdmin("globex");
    const res = (await (await other.fetch("/api/zapier-accounts/audit-events?limit=100")).json()) as { events: AuditEvent[] };
    expect(res.events.every((e) => e.actor.email !== adminEmail("audit"))).toBe(true);
  });

  it("a failed change writes no audit event (the change and its record commit together)", async () => {
    const admin = await loginAdmin("audit");
    const before = (await (await admin.fetch("/api/zapier-accounts/audit-events?limit=100")).json()) as { events: AuditEvent[] };
    await admin.fetch("/api/zapier-accounts", { method: "POST", json: { name: "" } });
    await admin.fetch("/api/zapier-accounts/c00000000000000000000000", { method: "DELETE" });
    const after = (await (await admin.fetch("/api/zapier-accounts/audit-events?limit=100")).json()) as { events: AuditEvent[] };
    expect(after.events.length).toBe(before.events.length);
  });

  it("rejects a malformed cursor or limit with 422", async () => {
    const admin = await loginAdmin("audit");
    // Well-formed JSON in a cursor that this API never writes: a time PostgreSQL cannot store, an
    // unnormalised time, a number, a foreign id.
    const forged = [["-010000-01-01T00:00:00Z", "x"], ["+275760-09-13T00:00:00.000Z", "x"], ["2026-01-01", "x"], [0, "x"], ["2026-01-01T00:00:00.000Z", "'; --"]]
      .map((c) => `cursor=${Buffer.from(JSON.stringify(c)).toString("base64url")}`);
    for (const q of ["cursor=not-a-cursor", "limit=0", "limit=1000", "limit=abc", ...forged]) {
      const res = await admin.fetch(`/api/zapier-accounts/audit-events?${q}`);
      expect(res.status, q).toBe(422);
    }
  });
});
