"use client";

/**
 * Placeholder for the account's subscriptions and deliveries, shown in the View dialog under
 * the credentials. Another change replaces this file; keep the export and the props.
 */
export function AccountActivity(props: { accountId: string; canManage: boolean }) {
  void props;
  return null;
}
