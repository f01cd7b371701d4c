import pg from "pg";
import { prisma } from "@/lib/db";
import { databaseConfig } from "@/lib/db/config";

/**
 * The worker's hot path (claim, settle) as plain parameterised SQL ($1, $2, …).
 *
 * On PostgreSQL it runs on a small pool of the worker's own, whose commits are asynchronous
 * (synchronous_commit=off): a claim or a settlement does not wait for its WAL flush, which is
 * most of its cost. That is safe for what these rows mean: a database crash can forget only the
 * last fraction of a second of claims and settlements, and each such delivery is then simply
 * claimed and sent again (at-least-once, as when a worker dies; receivers deduplicate by
 * webhook-id). Ingest, which acknowledges events with 202, keeps synchronous commits.
 * DELIVERY_SYNCHRONOUS_COMMIT=on makes the worker's commits synchronous too.
 * With the embedded database it goes through Prisma's one PGlite connection.
 */
export interface WorkerStore {
  /** `name`: a server-side prepared statement on PostgreSQL (parsed and planned once per connection). */
  query<T>(sql: string, params: unknown[], name?: string): Promise<T[]>;
  close(): Promise<void>;
}

export function workerStore(options: { synchronousCommit: boolean; poolSize: number }): WorkerStore {
  const config = databaseConfig();
  if (config.kind === "embedded") {
    return {
      query: <T>(sql: string, params: unknown[]) => prisma.$queryRawUnsafe<T[]>(sql, ...params),
      close: async () => {},
    };
  }
  const pool = new pg.Pool({
    connectionString: config.url,
    max: options.poolSize,
    options: options.synchronousCommit ? undefined : "-c synchronous_commit=off",
  });
  pool.on("error", (error) => console.log(`[delivery] database connection: ${error.message}`));
  return {
    query: async <T>(sql: string, params: unknown[], name?: string) => (await pool.query({ text: sql, values: params, name })).rows as T[],
    close: () => pool.end(),
  };
}
