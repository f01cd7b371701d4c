import type http from "node:http";

/**
 * A request's headers, read from the node request when there is one (the Base URL service under
 * node): `req.headers` would make @hono/node-server build a WHATWG Headers object from the raw
 * headers on every call. Same answers as `Headers.get` for one header; node keeps the first of a
 * repeated Authorization or Content-Type and joins the others with ", ".
 */
export function headerReader(req: Request, incoming?: http.IncomingMessage): Pick<Headers, "get"> {
  if (!incoming) return req.headers;
  return {
    get(name: string) {
      const value = incoming.headers[name.toLowerCase()];
      return value === undefined ? null : Array.isArray(value) ? value.join(", ") : value;
    },
  };
}
