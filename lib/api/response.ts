/**
 * A JSON answer with its headers as a plain object. Both Next and the Base URL service take it;
 * under @hono/node-server a Response built this way is written straight from its body and header
 * record, where `Response.json(body, { headers })` would first build a WHATWG Headers object, and
 * every later `response.headers.set` would too (measured on the /me hot path: bench/me.ts).
 */
export function jsonResponse(data: unknown, status = 200, headers?: Record<string, string>): Response {
  return new Response(JSON.stringify(data), { status, headers: headers ? { "Content-Type": "application/json", ...headers } : JSON_HEADERS });
}

const JSON_HEADERS = { "Content-Type": "application/json" };
