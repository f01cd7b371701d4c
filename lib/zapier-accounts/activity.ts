"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { zapierAccountsApi } from "./api-client";
import { zapierAccountKeys } from "./keys";

export type { DeliveryView, HookView } from "./schemas";

export function useAccountHooks(accountId: string) {
  return useQuery({
    queryKey: zapierAccountKeys.hooks(accountId),
    queryFn: ({ signal }) => zapierAccountsApi.hooks(accountId, signal),
    select: (data) => data.hooks,
  });
}

/** Refreshed every 5 s while shown, so retries and new events appear on their own. */
export function useAccountDeliveries(accountId: string) {
  return useQuery({
    queryKey: zapierAccountKeys.deliveries(accountId),
    queryFn: ({ signal }) => zapierAccountsApi.deliveries(accountId, signal),
    select: (data) => data.deliveries,
    refetchInterval: 5000,
  });
}

export function useRetryDelivery(accountId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (deliveryId: string) => zapierAccountsApi.retryDelivery(accountId, deliveryId),
    onSettled: () => queryClient.invalidateQueries({ queryKey: zapierAccountKeys.deliveries(accountId) }),
  });
}
