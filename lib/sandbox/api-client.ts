import { ApiClientError } from "@/lib/zapier-accounts/api-client";
import type { ContactInput, EnquiryStatus, SandboxView, SmsInput, TagInput } from "./schemas";

// Browser-side calls to /api/sandbox/**. No server-only imports here.

async function call<T>(path: string, method = "GET", body?: unknown, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch(`/api/sandbox${path}`, {
      method,
      headers: { Accept: "application/json", ...(body === undefined ? {} : { "Content-Type": "application/json" }) },
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: "same-origin",
      cache: "no-store",
      signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === "AbortError") throw error;
    throw new ApiClientError(0, "network_error", "The server could not be reached.");
  }
  const json: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const error = (json as { error?: { code?: unknown; message?: unknown; field?: unknown } } | undefined)?.error;
    if (error && typeof error.code === "string") throw new ApiClientError(response.status, error.code, String(error.message ?? ""), typeof error.field === "string" ? error.field : undefined);
    throw new ApiClientError(response.status, "unknown", `Unexpected response ${response.status}.`);
  }
  return json as T;
}

const enc = encodeURIComponent;

export const sandboxApi = {
  view: (signal?: AbortSignal) => call<SandboxView>("", "GET", undefined, signal),
  createEnquiry: () => call<{ id: string; displayCaseNumber: string }>("/enquiries", "POST"),
  moveEnquiry: (id: string, status: EnquiryStatus) => call<{ id: string }>(`/enquiries/${enc(id)}/status`, "POST", { status }),
  createContact: (input: ContactInput) => call<{ id: string }>("/contacts", "POST", input),
  editContact: (id: string, input: ContactInput) => call<{ id: string }>(`/contacts/${enc(id)}`, "PATCH", input),
  mergeContact: (id: string, intoId: string) => call<{ id: string }>(`/contacts/${enc(id)}/merge`, "POST", { intoId }),
  transferOwner: (id: string, ownerId: string) => call<{ id: string }>(`/contacts/${enc(id)}/transfer`, "POST", { ownerId }),
  deleteContact: (id: string) => call<{ id: string }>(`/contacts/${enc(id)}`, "DELETE"),
  createTag: (input: TagInput) => call<{ id: string }>("/tags", "POST", input),
  editTag: (id: string, input: TagInput) => call<{ id: string }>(`/tags/${enc(id)}`, "PATCH", input),
  deleteTag: (id: string) => call<{ id: string }>(`/tags/${enc(id)}`, "DELETE"),
  sendSms: (input: SmsInput) => call<{ id: string; transactionId: string }>("/sms", "POST", input),
};
