import crypto from "node:crypto";
import http from "node:http";

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

/** X-CINNOX-Signature is the bare lowercase hex HMAC-SHA256 of the exact body bytes. */
export function verifySignature(body: string, header: string | string[] | undefined, secret: string) {
  const expected = crypto.createHmac("sha256", secret).update(body, "utf8").digest("hex");
  return typeof header === "string" && header.length === expected.length && crypto.timingSafeEqual(Buffer.from(header), Buffer.from(expected));
}
