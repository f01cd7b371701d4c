import type {
  AccountResponse,
  DeliveryView,
  HookView,
  AccountWithTokenResponse,
  AuditEventsResponse,
  GraceSeconds,
  ListAccountsResponse,
} from "./schemas";
import type { ApiRequestsResponse, AttemptView, AuditFilters, ConnectionView, SubscriptionView, TestConnectionResult, TestEventResult } from "./views";

// Browser-side fetch wrapper for the Zapier-accounts API. No server-only imports here.

/** Codes the client adds to the API's own: the request never got an answer, or not a JSON one. */
export type ClientErrorCode = "network_error" | "unknown";

export class ApiClientError extends Error {
  readonly status: number;
  readonly code: string;
  readonly field: string | undefined;

  constructor(status: number, code: string, message: string, field?: string) {
    super(message);
    this.name = "ApiClientError";
    this.status = status;
    this.code = code;
    this.field = field;
  }
}

function isErrorBody(value: unknown): value is { error: { code: string; message: string; field?: string } } {
  if (typeof value !== "object" || value === null || !("error" in value)) return false;
  const error = (value as { error: unknown }).error;
  return typeof error === "object" && error !== null && typeof (error as { code?: unknown }).code === "string";
}

async function request<T>(path: string, init: { method?: string; body?: unknown; signal?: AbortSignal } = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: "application/json" };
  if (init.body !== undefined) headers["Content-Type"] = "application/json";
  let response: Response;
  try {
    response = await fetch(path, {
      method: init.method ?? "GET",
      headers,
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      credentials: "same-origin",
      cache: "no-store",
      signal: init.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === "AbortError") throw error;
    throw new ApiClientError(0, "network_error", "The server could not be reached.");
  }
  if (response.status === 204) return undefined as T;
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    if (isErrorBody(body)) throw new ApiClientError(response.status, body.error.code, body.error.message, body.error.field);
    throw new ApiClientError(response.status, "unknown", `Unexpected response ${response.status}.`);
  }
  return body as T;
}

const base = "/api/zapier-accounts";

function auditQuery(filters: AuditFilters): URLSearchParams {
  const query = new URLSearchParams();
  if (filters.action) query.set("action", filters.action);
  if (filters.accountId) query.set("accountId", filters.accountId);
  if (filters.actor) query.set("actor", filters.actor);
  return query;
}
const accountPath = (id: string) => `${base}/${encodeURIComponent(id)}`;

export const zapierAccountsApi = {
  list: (signal?: AbortSignal) => request<ListAccountsResponse>(base, { signal }),
  get: (id: string, signal?: AbortSignal) => request<AccountResponse>(accountPath(id), { signal }),
  create: (name: string) => request<AccountWithTokenResponse>(base, { method: "POST", body: { name } }),
  rename: (id: string, name: string) => request<AccountResponse>(accountPath(id), { method: "PATCH", body: { name } }),
  remove: (id: string) => request<void>(accountPath(id), { method: "DELETE" }),
  regenerate: (id: string, graceSeconds: GraceSeconds) =>
    request<AccountWithTokenResponse>(`${accountPath(id)}/regenerate`, { method: "POST", body: { graceSeconds } }),
  reveal: (id: string) => request<{ appToken: string }>(`${accountPath(id)}/reveal`, { method: "POST" }),
  auditEvents: (cursor: string | null, filters: AuditFilters = {}, signal?: AbortSignal) => {
    const query = auditQuery(filters);
    query.set("limit", "20");
    if (cursor) query.set("cursor", cursor);
    return request<AuditEventsResponse>(`${base}/audit-events?${query.toString()}`, { signal });
  },
  auditActors: (signal?: AbortSignal) => request<{ actors: string[] }>(`${base}/audit-events/actors`, { signal }),
  /** A plain link (the browser downloads it): the CSV of what the filters match. */
  auditExportHref: (filters: AuditFilters) => {
    const query = auditQuery(filters).toString();
    return `${base}/audit-events/export${query ? `?${query}` : ""}`;
  },
  hooks: (id: string, signal?: AbortSignal) => request<{ hooks: (HookView & SubscriptionView)[] }>(`${accountPath(id)}/hooks`, { signal }),
  connection: (id: string, signal?: AbortSignal) => request<{ connection: ConnectionView }>(`${accountPath(id)}/connection`, { signal }),
  testConnection: (id: string) => request<{ result: TestConnectionResult }>(`${accountPath(id)}/test-connection`, { method: "POST" }),
  sendTestEvent: (id: string, hookId: string) =>
    request<TestEventResult>(`${accountPath(id)}/hooks/${encodeURIComponent(hookId)}/test`, { method: "POST" }),
  attempts: (id: string, deliveryId: string, signal?: AbortSignal) =>
    request<{ attempts: AttemptView[] }>(`${accountPath(id)}/deliveries/${encodeURIComponent(deliveryId)}/attempts`, { signal }),
  requests: (id: string, filters: { action?: string; status?: string; cursor?: string | null }, signal?: AbortSignal) => {
    const query = new URLSearchParams();
    if (filters.action) query.set("action", filters.action);
    if (filters.status) query.set("status", filters.status);
    if (filters.cursor) query.set("cursor", filters.cursor);
    const qs = query.toString();
    return request<ApiRequestsResponse>(`${accountPath(id)}/requests${qs ? `?${qs}` : ""}`, { signal });
  },
  deliveries: (id: string, signal?: AbortSignal) => request<{ deliveries: DeliveryView[] }>(`${accountPath(id)}/deliveries`, { signal }),
  retryDelivery: (id: string, deliveryId: string) =>
    request<{ retried: true }>(`${accountPath(id)}/deliveries/${encodeURIComponent(deliveryId)}/retry`, { method: "POST" }),
};
