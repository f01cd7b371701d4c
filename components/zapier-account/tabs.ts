export const ACCOUNT_TABS = ["overview", "subscriptions", "deliveries", "requests", "history"] as const;
export type AccountTab = (typeof ACCOUNT_TABS)[number];

export function parseAccountTab(value: unknown, isAdmin: boolean): AccountTab {
  const tab = (ACCOUNT_TABS as readonly unknown[]).includes(value) ? (value as AccountTab) : "overview";
  return tab === "history" && !isAdmin ? "overview" : tab;
}
