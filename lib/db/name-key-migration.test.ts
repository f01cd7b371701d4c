import { PGlite } from "@electric-sql/pglite";
import { describe, expect, it } from "vitest";
import { nameKey } from "@/lib/zapier-accounts/name-rule";
import { listMigrations } from "./migrate";

const TARGET = "account_name_key_fold";

describe(`the ${TARGET} migration`, () => {
  it("backfills the folded key; accounts that now collide keep their names, and the later ones a suffixed key", { timeout: 60_000 }, async () => {
    const db = new PGlite();
    const migrations = listMigrations();
    const at = migrations.findIndex((m) => m.name.endsWith(TARGET));
    expect(at).toBeGreaterThan(0);
    for (const m of migrations.slice(0, at)) await db.exec(m.sql);
    await db.exec(`INSERT INTO "Service" (id, slug, name) VALUES ('s1', 's1', 'S1'), ('s2', 's2', 'S2')`);
    const names: [string, string, string][] = [
      ["a1", "s1", "Straße"],
      ["a2", "s1", "STRASSE"],
      ["a3", "s1", "Love ❤️"],
      ["a4", "s1", "Love ❤"],
      ["a5", "s1", "ｆｕｌｌ"],
      ["a6", "s2", "strasse"],
      ["a7", "s1", "Acme"],
    ];
    let t = 0;
    for (const [id, service, name] of names) {
      // The key as the previous code computed it.
      await db.query(
        `INSERT INTO "ZapierAccount" (id, "serviceId", name, "nameKey", "appId", "tokenHash", "tokenCiphertext", "tokenPreview", "createdAt", "updatedAt")
         VALUES ($1, $2, $3, $4, $1, 'h', 'c', 'p', $5, now())`,
        [id, service, name, name.normalize("NFC").toLowerCase(), new Date(Date.UTC(2026, 0, 1, 0, t++))],
      );
    }
    await db.exec(migrations[at]?.sql ?? "");
    const rows = (await db.query<{ id: string; name: string; nameKey: string }>(`SELECT id, name, "nameKey" FROM "ZapierAccount" ORDER BY id`)).rows;
    const byId = Object.fromEntries(rows.map((r) => [r.id, r]));
    // Names never change.
    for (const [id, , name] of names) expect(byId[id]?.name).toBe(name);
    // The first of each look-alike group gets exactly the key the code computes for new names.
    for (const id of ["a1", "a3", "a5", "a6", "a7"]) expect(byId[id]?.nameKey, id).toBe(nameKey(byId[id]?.name ?? ""));
    expect(byId.a2?.nameKey).toBe(`strasse\u0001a2`);
    expect(byId.a4?.nameKey).toBe(`love ❤\u0001a4`);
    await db.close();
  });
});
