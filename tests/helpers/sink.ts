import http from "node:http";
import { Webhook } from "standardwebhooks";

export interface SinkRequest {
  method: string;
  path: string;
  headers: http.IncomingHttpHeaders;
  body: string;
  at: number;
}

/**
 * A local REST-hook target that records what arrives. `respond` decides each answer (status,
 * or "hang" to never answer); by default 200.
 */
export type SinkAnswer = number | "hang" | Promise<number>;

export async function startSink(respond: (req: SinkRequest, index: number) => SinkAnswer = () => 200) {
  const requests: SinkRequest[] = [];
  const hanging = new Set<http.ServerResponse>();
  const server = http.createServer((req, res) => {
    let body = "";
    req.on("data", (d: Buffer) => (body += d.toString("utf8")));
    req.on("end", () => {
      const entry = { method: req.method ?? "", path: req.url ?? "", headers: req.headers, body, at: Date.now() };
      requests.push(entry);
      const answer = sink.respond(entry, requests.length - 1);
      if (answer === "hang") {
        hanging.add(res);
        return;
      }
      void Promise.resolve(answer).then((status) => {
        if (res.destroyed) return;
        res.writeHead(status, { "content-type": "text/plain" });
        res.end(String(status));
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  const sink = {
    url: (path = "/hook") => `http://127.0.0.1:${port}${path}`,
    requests,
    respond,
    to: (path: string) => requests.filter((r) => r.path === path),
    async close() {
      for (const res of hanging) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  return sink;
}

export type Sink = Awaited<ReturnType<typeof startSink>>;

/** Polls until `check` holds; fails with `what` after `timeoutMs`. */
export async function waitFor(check: () => boolean | Promise<boolean>, what: string, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
}

/** Whether a delivery verifies as Standard Webhooks says (webhook-id, webhook-timestamp, webhook-signature) with this `whsec_…` secret. */
export function verifySignature(req: { body: string; headers: http.IncomingHttpHeaders } | undefined, secret: string) {
  if (!req) return false;
  try {
    new Webhook(secret).verify(req.body, req.headers as Record<string, string>);
    return true;
  } catch {
    return false;
  }
}
