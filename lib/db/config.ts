import path from "node:path";

export type DatabaseConfig =
  | { kind: "embedded"; dataDir: string }
  | { kind: "postgres"; url: string };

/**
 * No DATABASE_URL (or `file:<dir>`): embedded PostgreSQL (PGlite) under ./data/.
 * `postgres://…` / `postgresql://…`: a PostgreSQL server.
 */
export function databaseConfig(env: { DATABASE_URL?: string | undefined; [name: string]: string | undefined } = process.env): DatabaseConfig {
  const url = env.DATABASE_URL?.trim();
  if (!url) return { kind: "embedded", dataDir: path.join(process.cwd(), "data", "pglite") };
  if (url.startsWith("file:")) return { kind: "embedded", dataDir: path.resolve(/*turbopackIgnore: true*/ process.cwd(), url.slice("file:".length) || "data/pglite") };
  if (/^postgres(ql)?:\/\//.test(url)) return { kind: "postgres", url };
  throw new Error(`DATABASE_URL must be empty, file:<directory> or postgres://…; got "${url.split(":")[0]}:…"`);
}
