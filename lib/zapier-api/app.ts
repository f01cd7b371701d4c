import type http from "node:http";
import { getRequestListener } from "@hono/node-server";
import { Hono } from "hono";
import { ApiError, errorResponse, toErrorResponse } from "@/lib/api/errors";
import { healthResponse } from "@/lib/health";
import { securityHeaders, STRICT_CSP } from "@/lib/security-headers.mjs";
import { ROUTES, type Method } from "./routes";

/** The paths the project's server hands to this app before Next sees a request. */
export const API_PREFIXES = ["/api/zapier/v1/", "/api/internal/"];
export const HEALTH_PATHS = ["/healthz", "/readyz"];

export function isApiPath(pathname: string): boolean {
  return API_PREFIXES.some((p) => pathname.startsWith(p)) || pathname === "/api/zapier/v1" || HEALTH_PATHS.includes(pathname);
}

const notFound = () => errorResponse(new ApiError("not_found", "No such API endpoint."));

/** The headers every answer of the Base URL service carries, whoever writes it. */
function responseHeaders(options: { https?: boolean }): [string, string][] {
  return [
    ...securityHeaders({ https: options.https ?? false }).map((h): [string, string] => [h.key, h.value]),
    ["Content-Security-Policy", STRICT_CSP],
    ["Cache-Control", "no-store"],
  ];
}

/** What @hono/node-server hands the app as its env: the node request and response. */
type NodeBindings = { incoming?: http.IncomingMessage; outgoing?: http.ServerResponse };

/**
 * The Base URL service: a Hono app over web-standard Request/Response, the same contract the
 * Next route handlers had (paths, codes, headers, bodies), without Next's page pipeline. An
 * unknown path is a JSON 404, another method on a known path a JSON 405 with Allow, and nothing
 * ever leaks a stack. Serve it with createApiListener, which adds the security headers and
 * Cache-Control: no-store to every answer.
 */
export function createApiApp() {
  const app = new Hono<{ Bindings: NodeBindings }>({ strict: true });

  app.get("/healthz", () => healthResponse("/healthz"));
  app.get("/readyz", () => healthResponse("/readyz"));

  const allowed = new Map<string, Method[]>();
  for (const route of ROUTES) {
    allowed.set(route.path, [...(allowed.get(route.path) ?? []), route.method]);
    app.on(route.method, route.path, (c) => route.handler({ req: c.req.raw, params: c.req.param() as Record<string, string>, path: route.path, incoming: c.env?.incoming, outgoing: c.env?.outgoing }));
  }
  for (const [path, methods] of allowed) {
    const allow = methods.join(", ");
    app.all(path, () => errorResponse(new ApiError("method_not_allowed", `This endpoint accepts ${allow} only.`, { headers: { Allow: allow } })));
  }
  for (const path of HEALTH_PATHS) {
    app.all(path, () => errorResponse(new ApiError("method_not_allowed", "This endpoint accepts GET only.", { headers: { Allow: "GET" } })));
  }

  app.notFound(notFound);
  app.onError((error, c) => toErrorResponse(error, `${c.req.method} ${c.req.routePath}`));
  return app;
}

/**
 * The node request listener for the Base URL service (the project's server calls it for the
 * API's paths, `npm run api` for every path). The fixed headers go on the node response before
 * the app runs, so they reach every answer (the app's, and @hono/node-server's own 400/500)
 * without touching a WHATWG Headers object on the hot path.
 */
export function createApiListener(options: { https?: boolean } = {}): (req: http.IncomingMessage, res: http.ServerResponse) => void {
  const listener = getRequestListener(createApiApp().fetch);
  const headers = responseHeaders(options);
  return (req, res) => {
    for (const [name, value] of headers) res.setHeader(name, value);
    void listener(req, res);
  };
}
