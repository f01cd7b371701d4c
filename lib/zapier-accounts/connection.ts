import "server-only";
import { ApiError } from "@/lib/api/errors";
import { prisma } from "@/lib/db";
import { appUrl } from "@/lib/env";
import { lastSuccessfulCall } from "@/lib/zapier-api/request-log-view";
import { decryptToken } from "./tokens";
import type { ConnectionView, TestConnectionResult } from "./views";

const TEST_TIMEOUT_MS = 10_000;

/** The last successful call Zapier made with this account's credentials, from the request log. */
export async function accountConnection(serviceId: string, accountId: string): Promise<ConnectionView> {
  const account = await prisma.zapierAccount.findFirst({ where: { id: accountId, serviceId }, select: { id: true, lastUsedAt: true } });
  if (!account) throw new ApiError("not_found");
  return connectionOf(serviceId, { id: account.id, lastUsedAt: account.lastUsedAt?.toISOString() ?? null });
}

/** The same for an account already loaded from this service (the account page has it). */
export async function connectionOf(serviceId: string, account: { id: string; lastUsedAt: string | null }): Promise<ConnectionView> {
  const last = await lastSuccessfulCall(serviceId, account.id);
  if (last) return { lastCall: { at: last.at, ip: last.ipAddress, method: last.method, path: last.path } };
  // Calls from before the request log existed: only the time is known.
  return { lastCall: account.lastUsedAt ? { at: account.lastUsedAt, ip: null, method: null, path: null } : null };
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
