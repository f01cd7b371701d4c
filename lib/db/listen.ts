import pg from "pg";

export interface ListenHandlers {
  /** A notification on the channel, with its payload. */
  notify(payload: string): void;
  /** The LISTEN is in place (after the first connection and after each reconnection). */
  up?(): void;
  /** The connection failed: notifications may be missed until `up` is called again. */
  down?(reason: string): void;
  /** Listening was stopped on purpose (the stop function, or the database handle closing). */
  stopped?(): void;
}

/**
 * A dedicated PostgreSQL connection that LISTENs on one channel (NOTIFY needs a session of its
 * own: a pooled connection would drop it). Reconnects with a growing pause, up to 10 s, when the
 * connection fails, and says so through `down` / `up`, so a caller can tell when it may have
 * missed a notification. Returns the function that stops listening.
 */
export function listenOnChannel(url: string, channel: string, handlers: ListenHandlers): () => Promise<void> {
  if (!/^[a-z_][a-z0-9_]*$/.test(channel)) throw new Error(`not a channel name: ${channel}`);
  let client: pg.Client | null = null;
  let stopped = false;
  let retryMs = 250;
  let timer: NodeJS.Timeout | undefined;

  const connect = async () => {
    if (stopped) return;
    const c = new pg.Client({ connectionString: url, keepAlive: true });
    client = c;
    let failed = false;
    const fail = (error: Error) => {
      if (failed || stopped) return;
      failed = true;
      handlers.down?.(`${error.message}; reconnecting in ${retryMs} ms`);
      c.removeAllListeners("notification");
      void c.end().catch(() => {});
      timer = setTimeout(() => void connect(), retryMs);
      timer.unref();
      retryMs = Math.min(retryMs * 2, 10_000);
    };
    c.on("error", fail);
    c.on("end", () => fail(new Error("connection ended")));
    c.on("notification", (message) => handlers.notify(message.payload ?? ""));
    try {
      await c.connect();
      await c.query(`LISTEN ${channel}`);
      retryMs = 250;
      if (!stopped) handlers.up?.();
    } catch (error) {
      fail(error as Error);
    }
  };
  void connect();
  return async () => {
    stopped = true;
    clearTimeout(timer);
    await client?.end().catch(() => {});
  };
}
