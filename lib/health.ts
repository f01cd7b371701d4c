import { jsonResponse } from "@/lib/api/response";
import { db } from "@/lib/db";
import { listMigrations } from "@/lib/db/migrate";

let expected: string[] | undefined;

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${what} did not answer within ${ms} ms`)), ms);
    promise.then(
      (v) => (clearTimeout(timer), resolve(v)),
      (e: unknown) => (clearTimeout(timer), reject(e instanceof Error ? e : new Error(String(e)))),
    );
  });
}

/**
 * `GET /readyz`: ready when the database answers and every migration this build ships is
 * applied. The reason names what is wrong, never a stack or a connection string.
 */
export async function readiness(): Promise<{ ready: true } | { ready: false; reason: string }> {
  try {
    expected ??= listMigrations().map((m) => m.name);
    const rows = await withTimeout(
      db().query<{ migration_name: string }>(
        `SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
        [],
      ),
      2_000,
      "the database",
    );
    const applied = new Set(rows.map((r) => r.migration_name));
    const pending = expected.filter((name) => !applied.has(name));
    if (pending.length) return { ready: false, reason: `${pending.length} migration(s) not applied: ${pending.join(", ")}` };
    return { ready: true };
  } catch (error) {
    const message = (error as Error).message;
    return { ready: false, reason: /_prisma_migrations/.test(message) ? "no migration applied yet" : `database unavailable: ${message.replace(/[\x00-\x1f\x7f]/g, " ").slice(0, 200)}` };
  }
}

export async function healthResponse(path: "/healthz" | "/readyz"): Promise<Response> {
  const headers = { "Cache-Control": "no-store" };
  if (path === "/healthz") return jsonResponse({ status: "ok" }, 200, headers);
  const r = await readiness();
  return r.ready ? jsonResponse({ status: "ok" }, 200, headers) : jsonResponse({ status: "unavailable", reason: r.reason }, 503, headers);
}
