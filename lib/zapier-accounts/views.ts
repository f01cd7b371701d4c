// Shapes the console's account page reads: plain types, no zod, safe to import from client code.

/** A live REST-hook subscription with the outcome of its last delivery. */
export interface SubscriptionView {
  id: string;
  event: string;
  targetUrl: string;
  createdAt: string;
  lastDelivery: { id: string; status: "PENDING" | "DELIVERED" | "FAILED"; statusCode: number | null; at: string } | null;
}

/** One try of one delivery. */
export interface AttemptView {
  id: string;
  number: number;
  outcome: "DELIVERED" | "RETRY" | "FAILED" | "GONE";
  statusCode: number | null;
  durationMs: number;
  error: string | null;
  createdAt: string;
}

/** The last call Zapier made with this account's credentials that succeeded. */
export interface LastCallView {
  at: string;
  ip: string | null;
  method: string | null;
  path: string | null;
}

export interface ConnectionView {
  lastCall: LastCallView | null;
}

/** What the console's Test connection found: the same GET /me Zapier makes. */
export interface TestConnectionResult {
  ok: boolean;
  status: number | null;
  durationMs: number;
  /** The error code the Base URL API answered with, or "unreachable" when nothing answered. */
  code: string | null;
}

export interface TestEventResult {
  eventId: string;
  deliveryId: string;
}

/** One entry of the account's request log (the Base URL API's calls). */
export interface ApiRequestView {
  id: string;
  action: string;
  method: string;
  path: string;
  status: number;
  durationMs: number;
  idempotentReplay: boolean;
  createdAt: string;
}

export interface ApiRequestsResponse {
  requests: ApiRequestView[];
  nextCursor: string | null;
}

/** Filters of the audit log (and of its CSV export). */
export interface AuditFilters {
  action?: string;
  accountId?: string;
  actor?: string;
}
