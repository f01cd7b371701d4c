import { ApiError } from "@/lib/api/errors";
import { jsonResponse } from "@/lib/api/response";
import { isEventName } from "@/lib/events/catalog";
import { samplePayloads } from "@/lib/events/service";
import { subscribeSchema } from "@/lib/hooks/schemas";
import { listHooks, subscribe, unsubscribe } from "@/lib/hooks/service";
import { signingSecretView } from "@/lib/hooks/signing";
import { withAppAuth, type RouteHandler } from "./handler";
import { ingest } from "./ingest";
import { ACTION_ROUTES } from "@/lib/zapier/actions/routes";

export type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

export interface Route {
  method: Method;
  /** Hono path syntax: `/api/zapier/v1/hooks/:id`. Also the request log's path template. */
  path: string;
  handler: RouteHandler;
}

export const BASE_PATH = "/api/zapier/v1";

/**
 * Every endpoint of the Base URL service, in one table: the app registers these, answers 405
 * (with Allow) for another method on a known path and 404 for an unknown path.
 */
export const ROUTES: Route[] = [
  {
    method: "GET",
    path: `${BASE_PATH}/me`,
    handler: withAppAuth({ action: "me" }, async ({ principal }) =>
      jsonResponse({ appId: principal.appId, name: principal.name, service: { id: principal.serviceId, name: principal.serviceName } }),
    ),
  },
  {
    method: "GET",
    path: `${BASE_PATH}/hooks`,
    handler: withAppAuth({ action: "hooks.list" }, async ({ principal }) => jsonResponse({ hooks: await listHooks(principal) })),
  },
  {
    method: "POST",
    path: `${BASE_PATH}/hooks`,
    handler: withAppAuth({ action: "hooks.subscribe", body: subscribeSchema }, async ({ principal, body, record }) => {
      const hook = await subscribe(principal, body);
      record({ touched: [hook.id] });
      return jsonResponse(hook, 201);
    }),
  },
  {
    method: "DELETE",
    path: `${BASE_PATH}/hooks/:id`,
    handler: withAppAuth({ action: "hooks.unsubscribe" }, async ({ principal, params, record }) => {
      const id = params.id ?? "";
      record({ touched: [id] });
      await unsubscribe(principal, id);
      return new Response(null, { status: 204 });
    }),
  },
  {
    method: "GET",
    path: `${BASE_PATH}/samples/:event`,
    handler: withAppAuth({ action: "samples" }, async ({ principal, params }) => {
      if (!isEventName(params.event)) throw new ApiError("not_found", "No such event.");
      return jsonResponse(await samplePayloads(principal.serviceId, params.event));
    }),
  },
  {
    method: "GET",
    path: `${BASE_PATH}/signing-secret`,
    // The secret this account's deliveries are signed with (see docs/base-url-api.md › Signatures).
    handler: withAppAuth({ action: "signing-secret" }, async ({ principal }) => jsonResponse(await signingSecretView(principal))),
  },
  // The 8 actions and the lists behind their dropdowns (lib/zapier/actions).
  ...ACTION_ROUTES,
  { method: "POST", path: "/api/internal/events", handler: ingest },
];
