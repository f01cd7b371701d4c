import http from "node:http";
import https from "node:https";

/**
 * One HTTP exchange with a hook target, over connections kept alive per target host (the
 * agents pool sockets by host and port), so a busy target costs one TCP/TLS handshake, not one
 * per delivery. Idle sockets close after 4 s, before common servers' 5 s keep-alive timeout.
 * Redirects are never followed. The response body is discarded.
 */
const agentOptions = { keepAlive: true, timeout: 4_000, scheduling: "lifo" as const };
const agents = { "http:": new http.Agent(agentOptions), "https:": new https.Agent(agentOptions) };

export interface TargetAnswer {
  status: number;
  location: string | null;
}

export function sendToTarget(
  url: URL,
  options: { method: "POST" | "DELETE"; headers: Record<string, string>; body?: string; timeoutMs: number },
): Promise<TargetAnswer> {
  return new Promise((resolve, reject) => {
    const client = url.protocol === "https:" ? https : http;
    const headers = options.body === undefined ? options.headers : { ...options.headers, "Content-Length": String(Buffer.byteLength(options.body)) };
    const req = client.request(url, {
      method: options.method,
      headers,
      agent: agents[url.protocol === "https:" ? "https:" : "http:"],
    });
    // The whole exchange, body included (a target that trickles its body is cut off too), as one
    // timer: cheaper than an AbortSignal per send.
    const timer = setTimeout(() => {
      const error = new Error(`no answer within ${options.timeoutMs} ms`);
      error.name = "TimeoutError";
      req.destroy(error);
    }, options.timeoutMs);
    req.once("close", () => clearTimeout(timer));
    req.once("response", (res) => {
      res.once("end", () => clearTimeout(timer));
      res.resume(); // drain, so the socket goes back to the pool
      res.once("error", () => {});
      resolve({ status: res.statusCode ?? 0, location: typeof res.headers.location === "string" ? res.headers.location : null });
    });
    req.once("error", reject);
    req.end(options.body);
  });
}
