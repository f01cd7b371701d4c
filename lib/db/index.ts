import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import pg from "pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";
import { log } from "@/lib/log";
import { databaseConfig, type DatabaseConfig } from "./config";
import { listenOnChannel, type ListenHandlers } from "./listen";
import { lockEmbeddedDirectory, OwnerOnlyNodeFS, restrictEmbeddedDirectory } from "./embedded";
import { migrate, type SqlRunner } from "./migrate";

export { Prisma } from "@/lib/generated/prisma/client";
export type { PrismaClient } from "@/lib/generated/prisma/client";

interface DbHandle {
  config: DatabaseConfig;
  prisma: PrismaClient;
  /**
   * One parameterised statement without Prisma's query engine, for the hot paths (credential
   * verification, limits): a named statement is prepared once per connection on PostgreSQL.
   */
  query<T>(sql: string, params: unknown[], name?: string): Promise<T[]>;

  /**
   * LISTENs on a NOTIFY channel: on PostgreSQL over a dedicated connection that reconnects
   * (lib/db/listen.ts), embedded in PGlite's own session. Returns the function that stops it;
   * close() stops every listener too.
   */
  listen(channel: string, handlers: ListenHandlers): () => Promise<void>;

  runner(): Promise<SqlRunner & { release(): Promise<void> }>;
  close(): Promise<void>;
}

function createHandle(): DbHandle {
  const config = databaseConfig();
  if (config.kind === "embedded") {
    const release = lockEmbeddedDirectory(config.dataDir);
    restrictEmbeddedDirectory(config.dataDir);
    const pglite = new PGlite({ fs: new OwnerOnlyNodeFS(config.dataDir) });
    // One connection: interactive transactions queue behind each other, so give them room.
    const prisma = new PrismaClient({
      adapter: new PrismaPGlite(pglite),
      transactionOptions: { maxWait: 30_000, timeout: 30_000 },
    });
    const listeners = new Set<() => Promise<void>>();
    return {
      config,
      prisma,
      query: async <T,>(sql: string, params: unknown[]) => (await pglite.query<T>(sql, params)).rows,
      listen(channel, handlers) {
        const unlisten = pglite.listen(channel, (payload) => handlers.notify(payload)).then(
          (stop) => (handlers.up?.(), stop),
          (error: unknown) => (handlers.down?.((error as Error).message), null),
        );
        const stop = async () => {
          listeners.delete(stop);
          handlers.stopped?.();
          await (await unlisten)?.().catch(() => {});
        };
        listeners.add(stop);
        return stop;
      },
      async runner() {
        await pglite.waitReady;
        return {
          query: async <T,>(sql: string, params?: unknown[]) => (await pglite.query<T>(sql, params)).rows,
          exec: async (sql: string) => void (await pglite.exec(sql)),
          release: async () => {},
        };
      },
      async close() {
        for (const stop of [...listeners]) await stop();
        await prisma.$disconnect().catch(() => {});
        if (!pglite.closed) await pglite.close();
        release();
      },
    };
  }
  const prisma = new PrismaClient({
    adapter: new PrismaPg({ connectionString: config.url, max: env().DATABASE_POOL_SIZE }),
    transactionOptions: { maxWait: 10_000, timeout: 15_000 },
  });
  let fastPool: pg.Pool | null = null;
  const pool = () => {
    if (!fastPool) {
      fastPool = new pg.Pool({ connectionString: config.url, max: env().DATABASE_POOL_SIZE });
      // An idle client that loses its connection must not take the process down.
      fastPool.on("error", (error) => log.error("db", `idle connection error: ${error.message}`));
    }
    return fastPool;
  };
  const listeners = new Set<() => Promise<void>>();
  return {
    config,
    prisma,
    listen(channel, handlers) {
      const stopListening = listenOnChannel(config.url, channel, handlers);
      const stop = async () => {
        listeners.delete(stop);
        handlers.stopped?.();
        await stopListening();
      };
      listeners.add(stop);
      return stop;
    },
    query: async <T,>(sql: string, params: unknown[], name?: string) =>
      (await pool().query(name ? { name, text: sql, values: params } : { text: sql, values: params })).rows as T[],
    async runner() {
      const client = new pg.Client({ connectionString: config.url });
      await client.connect();
      return {
        query: async <T,>(sql: string, params?: unknown[]) => (await client.query(sql, params)).rows as T[],
        exec: async (sql: string) => void (await client.query(sql)),
        release: () => client.end(),
      };
    },
    async close() {
      for (const stop of [...listeners]) await stop();
      await prisma.$disconnect();
      await fastPool?.end().catch(() => {});
    },
  };
}

const globalForDb = globalThis as unknown as { __zapierDb?: DbHandle; __zapierDbReady?: Promise<void> };

/** One database handle per process (PGlite allows no more), created on first use, never at build time. */
export function db(): DbHandle {
  if (!globalForDb.__zapierDb) {
    globalForDb.__zapierDb = createHandle();
    if (globalForDb.__zapierDb.config.kind === "embedded") {
      const handle = globalForDb.__zapierDb;
      for (const signal of ["SIGINT", "SIGTERM"] as const) {
        process.once(signal, () => {
          void handle.close().finally(() => process.exit(0));
        });
      }
    }
  }
  return globalForDb.__zapierDb;
}

/** The Prisma client, resolved lazily so importing this module opens nothing. */
export const prisma: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, prop) {
    const client = db().prisma;
    const value = Reflect.get(client, prop, client) as unknown;
    return typeof value === "function" ? (value as (...args: unknown[]) => unknown).bind(client) : value;
  },
});

/** Applies pending migrations once per process. */
export function ensureDatabase(log: (line: string) => void = () => {}): Promise<void> {
  globalForDb.__zapierDbReady ??= (async () => {
    const runner = await db().runner();
    try {
      await migrate(runner, log);
    } finally {
      await runner.release();
    }
  })();
  return globalForDb.__zapierDbReady;
}

export async function closeDatabase() {
  const handle = globalForDb.__zapierDb;
  globalForDb.__zapierDb = undefined;
  globalForDb.__zapierDbReady = undefined;
  await handle?.close();
}
