import { Webhook } from "standardwebhooks";
import type { Bundle, ZObject } from "zapier-platform-core";
import { samplePayload, TRIGGERS, type TriggerRow } from "./events";
import { baseUrl, throwConsoleError } from "./middleware";

/** The Standard Webhooks headers CINNOX signs each delivery with. */
const SIGNATURE_HEADERS = ["webhook-id", "webhook-timestamp", "webhook-signature"] as const;

/** A header of the hook request; Zapier hands them over prefixed with `Http-` (`Http-Webhook-Signature`). */
function requestHeader(bundle: Bundle, name: string): string | undefined {
  const wanted = new Set([name.toLowerCase(), `http-${name.toLowerCase()}`]);
  return Object.entries(bundle.rawRequest?.headers ?? {}).find(([key]) => wanted.has(key.toLowerCase()))?.[1];
}

/**
 * Whether a delivery is CINNOX's, as Standard Webhooks says: a `v1` signature in
 * `webhook-signature` matches HMAC-SHA256 of "{webhook-id}.{webhook-timestamp}.{body}" keyed with
 * the `whsec_…` secret, and the timestamp is at most 5 minutes off (a captured request cannot be
 * replayed later). Verified by the standardwebhooks library.
 */
export function deliveryVerifies(body: string, headers: Record<string, string | undefined>, secret: string): boolean {
  try {
    new Webhook(secret).verify(body, Object.fromEntries(SIGNATURE_HEADERS.map((h) => [h, headers[h] ?? ""])));
    return true;
  } catch {
    return false;
  }
}

const label = (key: string) => key.replace(/([a-z])([A-Z])/g, "$1 $2").replace(/^./, (c) => c.toUpperCase());

function outputFields(row: TriggerRow) {
  return Object.keys(samplePayload(row)).map((key) => ({ key, label: key === "id" ? "ID" : label(key) }));
}

/** A REST-hook trigger for one CINNOX event. */
function hookTrigger(row: TriggerRow) {
  return {
    key: row.key,
    noun: row.noun,
    display: { label: row.label, description: row.description },
    operation: {
      type: "hook" as const,
      performSubscribe: async (z: ZObject, bundle: Bundle) => {
        const response = await z.request({ url: `${baseUrl(bundle)}/hooks`, method: "POST", body: { event: row.event, targetUrl: bundle.targetUrl } });
        const secret = await z.request({ url: `${baseUrl(bundle)}/signing-secret` });
        // Kept by Zapier as bundle.subscribeData: the hook id (to unsubscribe) and the secret that signs its deliveries.
        return { ...(response.data as { id: string }), signingSecret: (secret.data as { signingSecret: string }).signingSecret };
      },
      performUnsubscribe: async (z: ZObject, bundle: Bundle) => {
        const id = String((bundle.subscribeData as { id?: string } | undefined)?.id ?? "");
        const response = await z.request({ url: `${baseUrl(bundle)}/hooks/${encodeURIComponent(id)}`, method: "DELETE", skipThrowForStatus: true });
        // 404: the hook is already gone (CINNOX removed it after a 410, or revoked it with the
        // token), which is what unsubscribing asks for. 401 still raised ExpiredAuthError.
        if (response.status >= 400 && response.status !== 404) throwConsoleError(response, z);
        return {};
      },
      // CINNOX posts one event per request: the payload is the item, once its signature checks out.
      perform: async (z: ZObject, bundle: Bundle) => {
        const secret = (bundle.subscribeData as { signingSecret?: string } | undefined)?.signingSecret;
        const body = bundle.rawRequest?.content;
        if (secret && typeof body === "string") {
          const headers = Object.fromEntries(SIGNATURE_HEADERS.map((h) => [h, requestHeader(bundle, h)]));
          if (!deliveryVerifies(body, headers, secret)) {
            throw new z.errors.HaltedError("Ignored a request to this Zap's hook URL that CINNOX did not sign (webhook-signature does not match, or webhook-timestamp is more than 5 minutes off).");
          }
        }
        return [bundle.cleanedRequest];
      },
      performList: async (z: ZObject, bundle: Bundle) => {
        const response = await z.request({ url: `${baseUrl(bundle)}/samples/${row.event}` });
        return response.data as Record<string, unknown>[];
      },
      sample: samplePayload(row),
      outputFields: outputFields(row),
    },
  };
}

export const triggers = Object.fromEntries(TRIGGERS.map((row) => [row.key, hookTrigger(row)]));
