import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/** The little a migration runner needs: single statements with parameters, scripts without. */
export interface SqlRunner {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  exec(sql: string): Promise<void>;
}

// Prisma's own advisory-lock key and bookkeeping table: `prisma migrate deploy/status` on a
// machine with Prisma's engine agree with what this runner applied.
const PRISMA_LOCK_KEY = 72707369;
const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

export function migrationsDir() {
  return path.join(process.cwd(), "prisma", "migrations");
}

export function listMigrations(dir = migrationsDir()) {
  return fs
    .readdirSync(/*turbopackIgnore: true*/ dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(path.join(dir, d.name, "migration.sql")))
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const sql = fs.readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: crypto.createHash("sha256").update(sql).digest("hex") };
    });
}

/** Applies pending migrations, each in its own transaction, under Prisma's advisory lock. */
export async function migrate(db: SqlRunner, log: (line: string) => void = () => {}) {
  const applied: string[] = [];
  await db.query("SELECT pg_advisory_lock($1)", [PRISMA_LOCK_KEY]);
  try {
    await db.exec(CREATE_TABLE);
    const rows = await db.query<{ migration_name: string; finished_at: Date | null; rolled_back_at: Date | null; checksum: string }>(
      `SELECT migration_name, finished_at, rolled_back_at, checksum FROM "_prisma_migrations"`,
    );
    const failed = rows.find((r) => !r.finished_at && !r.rolled_back_at);
    if (failed) {
      throw new Error(`Migration ${failed.migration_name} failed earlier and was not rolled back; resolve it before starting.`);
    }
    const done = new Set(rows.filter((r) => r.finished_at && !r.rolled_back_at).map((r) => r.migration_name));
    for (const m of listMigrations()) {
      if (done.has(m.name)) continue;
      await db.exec("BEGIN");
      try {
        await db.exec(m.sql);
        await db.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, logs, rolled_back_at, started_at, applied_steps_count)
           VALUES ($1, $2, now(), $3, NULL, NULL, now(), 1)`,
          [crypto.randomUUID(), m.checksum, m.name],
        );
        await db.exec("COMMIT");
      } catch (error) {
        await db.exec("ROLLBACK");
        throw new Error(`Migration ${m.name} failed: ${(error as Error).message}`);
      }
      applied.push(m.name);
      log(`applied migration ${m.name}`);
    }
  } finally {
    await db.query("SELECT pg_advisory_unlock($1)", [PRISMA_LOCK_KEY]);
  }
  return applied;
}
