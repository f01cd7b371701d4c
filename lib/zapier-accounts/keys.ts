/** Query keys: everything under `all`, so one invalidation can reach lists, details and the audit log. */
export const zapierAccountKeys = {
  all: ["zapier-accounts"] as const,
  lists: () => [...zapierAccountKeys.all, "list"] as const,
  detail: (id: string) => [...zapierAccountKeys.all, "detail", id] as const,
  audit: () => [...zapierAccountKeys.all, "audit"] as const,
  hooks: (id: string) => [...zapierAccountKeys.detail(id), "hooks"] as const,
  deliveries: (id: string) => [...zapierAccountKeys.detail(id), "deliveries"] as const,
};
