import type { Bundle, ZObject } from "zapier-platform-core";
import { samplePayload, TRIGGERS, type TriggerRow } from "./events";
import { baseUrl } from "./middleware";

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
        await z.request({ url: `${baseUrl(bundle)}/hooks/${encodeURIComponent(id)}`, method: "DELETE" });
        return {};
      },
      // CINNOX posts one event per request: the payload is the item.
      perform: async (_z: ZObject, bundle: Bundle) => [bundle.cleanedRequest],
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
