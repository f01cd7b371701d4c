import { appFetch } from "./session";
import type { Creds } from "./zapier";

/** A Base URL call with a JSON body (and an Idempotency-Key when given); answers status and JSON. */
export async function act(creds: Creds, method: string, path: string, json?: unknown, key?: string, baseUrl?: string) {
  const headers: Record<string, string> = key === undefined ? {} : { "idempotency-key": key };
  const res = await appFetch(creds, path, { method, headers, ...(json === undefined ? {} : { json }) }, ...(baseUrl ? [baseUrl] : []));
  const text = await res.text();
  let body: unknown = null;
  try {
    body = JSON.parse(text);
  } catch {
    body = text;
  }
  return { status: res.status, headers: res.headers, body: body as Record<string, unknown> & { error?: { code: string; message: string; field?: string } } };
}

export const q = (params: Record<string, string>) => `?${new URLSearchParams(params).toString()}`;
