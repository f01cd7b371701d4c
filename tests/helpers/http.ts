import http from "node:http";

export interface StreamedAnswer {
  status: number;
  body: string;
}

// What a client sees when the server answers and closes while the request body is still open:
// writes or reads fail. Expected once the answer has been read; an error before it.
const CLOSED = new Set(["EPIPE", "ECONNRESET", "ERR_STREAM_DESTROYED"]);

/**
 * POSTs `chunks` × `chunk` as a chunked body (no Content-Length) and then holds the request open,
 * never sending the body's end: a server that waits for the whole body never answers (rejected after
 * `timeoutMs`), one that cuts it off answers a request still in flight. Each chunk is written once the
 * previous one has left, with the answer, if any, read in between; writing stops at the answer.
 * Nothing more is written after the last chunk, so the server has read all there is when it closes,
 * and the connection ends cleanly instead of being reset under an unread answer.
 */
export function postUnfinished(url: string, headers: Record<string, string>, chunk: Uint8Array, chunks: number, timeoutMs = 30_000): Promise<StreamedAnswer> {
  return new Promise((resolve, reject) => {
    let status = 0;
    let body = "";
    let settled = false;
    const timer = setTimeout(() => settle(new Error(`no answer within ${timeoutMs} ms while the body was still open`)), timeoutMs);
    const settle = (error?: Error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      req.destroy();
      if (error) reject(error);
      else resolve({ status, body });
    };
    const closedAfterAnswer = (error: NodeJS.ErrnoException) => status > 0 && CLOSED.has(error.code ?? "");

    const req = http.request(url, { method: "POST", headers: { ...headers, "transfer-encoding": "chunked" } });
    req.on("response", (res) => {
      status = res.statusCode ?? 0;
      res.setEncoding("utf8");
      res.on("data", (text: string) => (body += text));
      res.on("end", () => settle());
      res.on("error", (error: NodeJS.ErrnoException) => settle(closedAfterAnswer(error) ? undefined : error));
    });
    req.on("error", (error: NodeJS.ErrnoException) => {
      if (closedAfterAnswer(error)) return; // the answer is being read: its end settles
      settle(error);
    });

    const pump = (n: number) => {
      if (status > 0 || settled || n === chunks) return;
      req.write(chunk, (error) => {
        if (!error) setImmediate(() => pump(n + 1));
      });
    };
    pump(0);
  });
}
