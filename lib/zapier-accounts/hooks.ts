"use client";

import { useInfiniteQuery, useMutation, useQuery, useQueryClient, type QueryClient } from "@tanstack/react-query";
import { zapierAccountsApi } from "./api-client";
import { zapierAccountKeys } from "./keys";
import type { GraceSeconds, ListAccountsResponse, ZapierAccountDto } from "./schemas";

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

export function useZapierAuditEvents(enabled = true) {
  return useInfiniteQuery({
    queryKey: zapierAccountKeys.audit(),
    queryFn: ({ pageParam, signal }) => zapierAccountsApi.auditEvents(pageParam, signal),
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
  client.setQueryData(zapierAccountKeys.detail(account.id), { account });
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
      const previous = client.getQueryData<ListAccountsResponse>(zapierAccountKeys.lists());
      updateList(client, (accounts) => accounts.map((a) => (a.id === id ? { ...a, name: name.trim() } : a)));
      return { previous };
    },
    onError: (_error, _vars, context) => {
      if (context?.previous) client.setQueryData(zapierAccountKeys.lists(), context.previous);
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
