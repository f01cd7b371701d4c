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

/**
 * The Base URL service: a Hono app over web-standard Request/Response, the same contract the
 * Next route handlers had (paths, codes, headers, bodies), without Next's page pipeline. Every
 * answer carries the security headers and Cache-Control: no-store; an unknown path is a JSON
 * 404, another method on a known path a JSON 405 with Allow, and nothing ever leaks a stack.
 */
export function createApiApp(options: { https?: boolean } = {}) {
  const app = new Hono({ strict: true });
  const headers: [string, string][] = [
    ...securityHeaders({ https: options.https ?? false }).map((h): [string, string] => [h.key, h.value]),
    ["Content-Security-Policy", STRICT_CSP],
    ["Cache-Control", "no-store"],
  ];

  app.use(async (c, next) => {
    await next();
    for (const [k, v] of headers) c.res.headers.set(k, v);
  });

  app.get("/healthz", () => healthResponse("/healthz"));
  app.get("/readyz", () => healthResponse("/readyz"));

  const allowed = new Map<string, Method[]>();
  for (const route of ROUTES) {
    allowed.set(route.path, [...(allowed.get(route.path) ?? []), route.method]);
    app.on(route.method, route.path, (c) => route.handler({ req: c.req.raw, params: c.req.param() as Record<string, string>, path: route.path }));
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
