#!/usr/bin/env node
// `next start`, with two things done first for every request, before Next sees it:
// - The client's address comes from the socket. Next only sets X-Forwarded-For when a request
//   does not carry one, so on its own it lets any client choose the address that login
//   throttling, the Base URL API's failure limit and the audit log see. Unless TRUST_PROXY is
//   set (`true` or a number of reverse proxies that write those headers, see lib/request.ts),
//   the forwarding headers a client sent are dropped and X-Forwarded-For is the peer's address.
// - An API path that is not valid percent-encoding (`/api/%`) is answered 404 in the API's
//   error format; Next would fail to decode it and answer a bare 500.
// Usage: node scripts/serve.mjs [next start options]
import http from "node:http";
import { createRequire } from "node:module";
import { SECURITY_HEADERS, STRICT_CSP } from "../lib/security-headers.mjs";

const FORWARDING = ["forwarded", "x-forwarded-for", "x-forwarded-host", "x-forwarded-proto", "x-forwarded-port", "x-real-ip"];
const trusted = process.env.TRUST_PROXY === "true" || Number(process.env.TRUST_PROXY) > 0;

/** @param {string} url */
function malformedApiPath(url) {
  if (!url.startsWith("/api/") || !url.includes("%")) return false;
  try {
    decodeURIComponent(url.split("?")[0] ?? "");
    return false;
  } catch {
    return true;
  }
}

/** @param {http.ServerResponse} res */
function answerNotFound(res) {
  const body = JSON.stringify({ error: { code: "not_found", message: "No such API endpoint." } });
  res.writeHead(404, {
    ...Object.fromEntries(SECURITY_HEADERS.map((h) => [h.key, h.value])),
    "Content-Security-Policy": STRICT_CSP,
    "Cache-Control": "no-store",
    "Content-Type": "application/json",
    "Content-Length": Buffer.byteLength(body),
  });
  res.end(body);
}

/** @param {(req: http.IncomingMessage, res: http.ServerResponse) => void} next */
const guard = (next) =>
  /** @this {unknown} @param {http.IncomingMessage} req @param {http.ServerResponse} res */
  function (req, res) {
    if (!trusted) {
      for (const name of FORWARDING) delete req.headers[name];
      const peer = req.socket.remoteAddress;
      if (peer) req.headers["x-forwarded-for"] = peer.replace(/^::ffff:/, "");
    }
    if (malformedApiPath(req.url ?? "")) return answerNotFound(res);
    return next.call(this, req, res);
  };

// Next creates its server with http.createServer(listener): hand it the guarded listener.
const createServer = http.createServer;
// @ts-expect-error -- same signature, the listener wrapped
http.createServer = function (...args) {
  const at = args.findIndex((a) => typeof a === "function");
  if (at >= 0) args[at] = guard(args[at]);
  return createServer.apply(this, args);
};

const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
process.argv = [process.argv[0] ?? "node", nextBin, "start", ...process.argv.slice(2)];
await import(nextBin);
