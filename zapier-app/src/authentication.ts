import type { Bundle, ZObject } from "zapier-platform-core";
import { baseUrl } from "./middleware";

export const authentication = {
  type: "custom" as const,
  fields: [
    { key: "app_id", label: "App ID", required: true, type: "string" as const, helpText: "From CINNOX › Administration › Service Integration › Third-party Integration › Zapier." },
    { key: "app_token", label: "App Token", required: true, type: "password" as const, helpText: "Shown with the App ID. Keep it secret." },
    { key: "base_url", label: "Base URL", required: true, type: "string" as const, helpText: "Shown with the App ID, for example https://console.example.com/api/zapier/v1." },
  ],
  test: async (z: ZObject, bundle: Bundle) => {
    const response = await z.request({ url: `${baseUrl(bundle)}/me` });
    return response.data as { appId: string; name: string; service: { id: string; name: string } };
  },
  // The result of `test` is bundle.inputData here.
  connectionLabel: "{{bundle.inputData.name}} ({{bundle.inputData.service.name}})",
};
