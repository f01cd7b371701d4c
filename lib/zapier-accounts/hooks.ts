"use client";

import { useInfiniteQuery, useMutation, useQuery, useQueryClient, type QueryClient } from "@tanstack/react-query";
import { zapierAccountsApi } from "./api-client";
import { zapierAccountKeys } from "./keys";
import type { AccountResponse, GraceSeconds, ListAccountsResponse, ZapierAccountDto } from "./schemas";
import type { AuditFilters, SubscriptionView } from "./views";

// One hook per query and per mutation. Rename and delete are optimistic (snapshot, apply,
// roll back on error); every mutation invalidates the list and the audit log when it settles.
// The invalidation is fired, not awaited: a promise returned from onSettled would keep the
// mutation pending (its "Saving…"/"Deleting…" state and toast) until the refetch answered too.

export function useZapierAccounts() {
  return useQuery({
    queryKey: zapierAccountKeys.lists(),
    queryFn: ({ signal }) => zapierAccountsApi.list(signal),
  });
}

/** One account, with the first answer (from the server-rendered page) as its starting data. */
export function useZapierAccount(id: string, initial?: AccountResponse) {
  return useQuery({
    queryKey: zapierAccountKeys.detail(id),
    queryFn: ({ signal }) => zapierAccountsApi.get(id, signal),
    initialData: initial,
    select: (data) => data.account,
  });
}

export function useZapierAuditEvents(filters: AuditFilters = {}, enabled = true) {
  return useInfiniteQuery({
    queryKey: zapierAccountKeys.auditList(filters),
    queryFn: ({ pageParam, signal }) => zapierAccountsApi.auditEvents(pageParam, filters, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    enabled,
  });
}

function updateList(client: QueryClient, update: (accounts: ZapierAccountDto[]) => ZapierAccountDto[]) {
  client.setQueryData<ListAccountsResponse>(zapierAccountKeys.lists(), (current) =>
    current ? { ...current, accounts: update(current.accounts) } : current,
  );
}

function replaceAccount(client: QueryClient, account: ZapierAccountDto) {
  updateList(client, (accounts) => accounts.map((a) => (a.id === account.id ? account : a)));
  client.setQueryData<AccountResponse>(zapierAccountKeys.detail(account.id), { account });
}

function updateDetail(client: QueryClient, id: string, update: (account: ZapierAccountDto) => ZapierAccountDto) {
  client.setQueryData<AccountResponse>(zapierAccountKeys.detail(id), (current) => (current ? { account: update(current.account) } : current));
}

function settle(client: QueryClient, id?: string): void {
  void client.invalidateQueries({ queryKey: zapierAccountKeys.lists() });
  void client.invalidateQueries({ queryKey: zapierAccountKeys.audit() });
  if (id) void client.invalidateQueries({ queryKey: zapierAccountKeys.detail(id) });
}

export function useCreateZapierAccount() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (name: string) => zapierAccountsApi.create(name),
    onSuccess: ({ account }) => {
      updateList(client, (accounts) => (accounts.some((a) => a.id === account.id) ? accounts : [...accounts, account]));
    },
    onSettled: () => settle(client),
  });
}

export function useRenameZapierAccount() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, name }: { id: string; name: string }) => zapierAccountsApi.rename(id, name),
    onMutate: async ({ id, name }) => {
      await client.cancelQueries({ queryKey: zapierAccountKeys.lists() });
      await client.cancelQueries({ queryKey: zapierAccountKeys.detail(id), exact: true });
      const previous = client.getQueryData<ListAccountsResponse>(zapierAccountKeys.lists());
      const previousDetail = client.getQueryData<AccountResponse>(zapierAccountKeys.detail(id));
      updateList(client, (accounts) => accounts.map((a) => (a.id === id ? { ...a, name: name.trim() } : a)));
      updateDetail(client, id, (a) => ({ ...a, name: name.trim() }));
      return { previous, previousDetail };
    },
    onError: (_error, { id }, context) => {
      if (context?.previous) client.setQueryData(zapierAccountKeys.lists(), context.previous);
      if (context?.previousDetail) client.setQueryData(zapierAccountKeys.detail(id), context.previousDetail);
    },
    onSuccess: ({ account }) => replaceAccount(client, account),
    onSettled: (_data, _error, { id }) => settle(client, id),
  });
}

export function useDeleteZapierAccount() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => zapierAccountsApi.remove(id),
    onMutate: async (id) => {
      await client.cancelQueries({ queryKey: zapierAccountKeys.lists() });
      const previous = client.getQueryData<ListAccountsResponse>(zapierAccountKeys.lists());
      updateList(client, (accounts) => accounts.filter((a) => a.id !== id));
      return { previous };
    },
    onError: (_error, _id, context) => {
      if (context?.previous) client.setQueryData(zapierAccountKeys.lists(), context.previous);
    },
    onSuccess: (_data, id) => client.removeQueries({ queryKey: zapierAccountKeys.detail(id) }),
    onSettled: () => settle(client),
  });
}

export function useRegenerateZapierToken() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, graceSeconds }: { id: string; graceSeconds: GraceSeconds }) =>
      zapierAccountsApi.regenerate(id, graceSeconds),
    onSuccess: ({ account }) => replaceAccount(client, account),
    onSettled: (_data, _error, { id }) => settle(client, id),
  });
}

/** The clear token is kept only in the calling component's state, never in the query cache. */
export function useRevealZapierToken() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => zapierAccountsApi.reveal(id),
    gcTime: 0,
    onSettled: () => {
      void client.invalidateQueries({ queryKey: zapierAccountKeys.audit() });
    },
  });
}

// The account page: connection, subscriptions, deliveries and their attempts, the request log.

export function useAccountConnection(id: string) {
  return useQuery({
    queryKey: zapierAccountKeys.connection(id),
    queryFn: ({ signal }) => zapierAccountsApi.connection(id, signal),
    select: (data) => data.connection,
  });
}

export function useTestConnection(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => zapierAccountsApi.testConnection(id),
    onSettled: () => {
      // The check is a real call: last used and the request log move.
      void client.invalidateQueries({ queryKey: zapierAccountKeys.detail(id) });
      void client.invalidateQueries({ queryKey: zapierAccountKeys.lists() });
    },
  });
}

/** Live subscriptions; refreshed every second while `watch` says a test event's delivery has not settled. */
export function useSubscriptions(id: string, options: { watch?: (hooks: SubscriptionView[] | undefined) => boolean } = {}) {
  const { watch } = options;
  return useQuery({
    queryKey: zapierAccountKeys.hooks(id),
    queryFn: ({ signal }) => zapierAccountsApi.hooks(id, signal),
    select: (data) => data.hooks,
    refetchInterval: watch ? (query) => (watch(query.state.data?.hooks) ? 1000 : false) : false,
  });
}

export function useSendTestEvent(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (hookId: string) => zapierAccountsApi.sendTestEvent(id, hookId),
    onSettled: () => {
      void client.invalidateQueries({ queryKey: zapierAccountKeys.hooks(id) });
      void client.invalidateQueries({ queryKey: zapierAccountKeys.deliveries(id) });
    },
  });
}

export function useDeliveryAttempts(id: string, deliveryId: string, enabled: boolean) {
  return useQuery({
    queryKey: zapierAccountKeys.attempts(id, deliveryId),
    queryFn: ({ signal }) => zapierAccountsApi.attempts(id, deliveryId, signal),
    select: (data) => data.attempts,
    enabled,
  });
}

export function useAccountRequests(id: string, filters: { action?: string; status?: string }) {
  return useInfiniteQuery({
    queryKey: zapierAccountKeys.requests(id, filters),
    queryFn: ({ pageParam, signal }) => zapierAccountsApi.requests(id, { ...filters, cursor: pageParam }, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
}

export function useAuditActors(enabled = true) {
  return useQuery({
    queryKey: zapierAccountKeys.auditActors(),
    queryFn: ({ signal }) => zapierAccountsApi.auditActors(signal),
    select: (data) => data.actors,
    enabled,
  });
}
