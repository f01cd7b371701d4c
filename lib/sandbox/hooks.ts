"use client";

import { useIsMutating, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { sandboxApi } from "./api-client";
import { sandboxKeys } from "./keys";
import type { ContactInput, EnquiryStatus, SandboxView, SmsInput, TagInput } from "./schemas";

/** The workspace view; refreshed every 1.5 s while an SMS waits for its carrier report. */
export function useSandbox(initial: SandboxView) {
  return useQuery({
    queryKey: sandboxKeys.view(),
    queryFn: ({ signal }) => sandboxApi.view(signal),
    initialData: initial,
    refetchInterval: (query) => (query.state.data?.sms.some((s) => s.status === "Submitted") ? 1_500 : false),
  });
}

/** True while any sandbox control's request runs: every control is disabled meanwhile. */
export const useSandboxBusy = () => useIsMutating({ mutationKey: sandboxKeys.mutations() }) > 0;

// One hook per control; each refreshes the view when it settles (fired, not awaited).
function useSandboxMutation<V, R>(mutationFn: (variables: V) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationKey: sandboxKeys.mutations(),
    mutationFn,
    onSettled: () => void client.invalidateQueries({ queryKey: sandboxKeys.view() }),
  });
}

export const useCreateEnquiry = () => useSandboxMutation(() => sandboxApi.createEnquiry());
export const useMoveEnquiry = () => useSandboxMutation(({ id, status }: { id: string; status: EnquiryStatus }) => sandboxApi.moveEnquiry(id, status));
export const useCreateContact = () => useSandboxMutation((input: ContactInput) => sandboxApi.createContact(input));
export const useEditContact = () => useSandboxMutation(({ id, input }: { id: string; input: ContactInput }) => sandboxApi.editContact(id, input));
export const useMergeContact = () => useSandboxMutation(({ id, intoId }: { id: string; intoId: string }) => sandboxApi.mergeContact(id, intoId));
export const useTransferOwner = () => useSandboxMutation(({ id, ownerId }: { id: string; ownerId: string }) => sandboxApi.transferOwner(id, ownerId));
export const useDeleteContact = () => useSandboxMutation((id: string) => sandboxApi.deleteContact(id));
export const useCreateTag = () => useSandboxMutation((input: TagInput) => sandboxApi.createTag(input));
export const useEditTag = () => useSandboxMutation(({ id, input }: { id: string; input: TagInput }) => sandboxApi.editTag(id, input));
export const useDeleteTag = () => useSandboxMutation((id: string) => sandboxApi.deleteTag(id));
export const useSendSms = () => useSandboxMutation((input: SmsInput) => sandboxApi.sendSms(input));
