import "server-only";
import { ApiError } from "@/lib/api/errors";
import { prisma } from "@/lib/db";
import { appUrl } from "@/lib/env";
import { decryptToken } from "./tokens";
import type { ConnectionView, LastCallView, TestConnectionResult } from "./views";

const TEST_TIMEOUT_MS = 10_000;

/**
 * The last successful call Zapier made with this account's credentials, from the request log
 * (ApiRequest). Where the log has nothing (or does not exist yet), lastUsedAt alone.
 */
export async function accountConnection(serviceId: string, accountId: string): Promise<ConnectionView> {
  const account = await prisma.zapierAccount.findFirst({ where: { id: accountId, serviceId }, select: { id: true, lastUsedAt: true } });
  if (!account) throw new ApiError("not_found");
  let logged: LastCallView | null = null;
  try {
    // Raw SQL: the request log is written by the Base URL service; reading it this way keeps the
    // console independent of that model's client type.
    const rows = await prisma.$queryRaw<{ createdAt: Date; ip: string | null; method: string; path: string }[]>`
      SELECT "createdAt", "ip", "method", "path" FROM "ApiRequest"
      WHERE "accountId" = ${accountId} AND "status" < 400
      ORDER BY "createdAt" DESC LIMIT 1`;
    const row = rows[0];
    if (row) logged = { at: new Date(row.createdAt).toISOString(), ip: row.ip, method: row.method, path: row.path };
  } catch {
    logged = null;
  }
  if (logged) return { lastCall: logged };
  return { lastCall: account.lastUsedAt ? { at: account.lastUsedAt.toISOString(), ip: null, method: null, path: null } : null };
}

/**
 * Makes the check Zapier makes when a connection is added: GET {Base URL}/me with the stored App
 * ID and App Token, over HTTP from the server. The token never leaves the server.
 */
export async function testConnection(serviceId: string, accountId: string): Promise<TestConnectionResult> {
  const account = await prisma.zapierAccount.findFirst({ where: { id: accountId, serviceId }, select: { appId: true, tokenCiphertext: true } });
  if (!account) throw new ApiError("not_found");
  const token = decryptToken(account.tokenCiphertext, account.appId);
  const started = performance.now();
  try {
    const response = await fetch(`${appUrl()}/api/zapier/v1/me`, {
      headers: { Accept: "application/json", "X-App-Id": account.appId, Authorization: `Bearer ${token}` },
      signal: AbortSignal.timeout(TEST_TIMEOUT_MS),
      cache: "no-store",
      redirect: "manual",
    });
    const durationMs = Math.round(performance.now() - started);
    const body: unknown = await response.json().catch(() => null);
    const code =
      !response.ok && typeof body === "object" && body !== null && "error" in body
        ? String((body as { error: { code?: unknown } }).error.code ?? "unknown")
        : response.ok
          ? null
          : "unknown";
    return { ok: response.ok, status: response.status, durationMs, code };
  } catch {
    return { ok: false, status: null, durationMs: Math.round(performance.now() - started), code: "unreachable" };
  }
}
