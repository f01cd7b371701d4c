import type { AuditFilters } from "./views";

/** Query keys: everything under `all`, so one invalidation can reach lists, details and the audit log. */
export const zapierAccountKeys = {
  all: ["zapier-accounts"] as const,
  lists: () => [...zapierAccountKeys.all, "list"] as const,
  detail: (id: string) => [...zapierAccountKeys.all, "detail", id] as const,
  audit: () => [...zapierAccountKeys.all, "audit"] as const,
  auditList: (filters: AuditFilters) => [...zapierAccountKeys.audit(), "list", filters] as const,
  auditActors: () => [...zapierAccountKeys.audit(), "actors"] as const,
  hooks: (id: string) => [...zapierAccountKeys.detail(id), "hooks"] as const,
  deliveries: (id: string) => [...zapierAccountKeys.detail(id), "deliveries"] as const,
  attempts: (id: string, deliveryId: string) => [...zapierAccountKeys.deliveries(id), "attempts", deliveryId] as const,
  connection: (id: string) => [...zapierAccountKeys.detail(id), "connection"] as const,
  requests: (id: string, filters: { action?: string; status?: string }) => [...zapierAccountKeys.detail(id), "requests", filters] as const,
};
