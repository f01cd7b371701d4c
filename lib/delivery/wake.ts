import pg from "pg";
import { prisma } from "@/lib/db";
import { databaseConfig } from "@/lib/db/config";

/**
 * New delivery work wakes the workers at once instead of at their next poll:
 * - in this process, through listeners kept on globalThis: the project's server loads lib code
 *   twice (Next's bundle and, under tsx, the Base URL app), and an event ingested by one copy
 *   must wake the worker started by the other;
 * - on PostgreSQL, in every process, through NOTIFY on one channel that each worker LISTENs to.
 *   NOTIFYs are coalesced (at most one in flight per process, one more if work came meanwhile),
 *   so a burst of ingests costs a handful of notifications, not one each.
 */
export const WAKE_CHANNEL = "cinnox_delivery_work";

interface WakeState {
  listeners: Set<() => void>;
  notifying: boolean;
  notifyAgain: boolean;
}
const g = globalThis as unknown as { __deliveryWake?: WakeState };
const state = (g.__deliveryWake ??= { listeners: new Set(), notifying: false, notifyAgain: false });

export function onDeliveryWork(listener: () => void) {
  state.listeners.add(listener);
  return () => void state.listeners.delete(listener);
}

/** Wakes this process's worker only (what a NOTIFY received from the database does). */
export function wakeLocalWorkers() {
  for (const listener of state.listeners) listener();
}

/** Called after a commit that created due work: wakes this process's worker and, on PostgreSQL, every other process's. */
export function wakeDeliveryWorker() {
  wakeLocalWorkers();
  if (databaseConfig().kind === "postgres") void notifyOthers();
}

async function notifyOthers() {
  if (state.notifying) {
    state.notifyAgain = true;
    return;
  }
  state.notifying = true;
  try {
    do {
      state.notifyAgain = false;
      await prisma.$executeRawUnsafe(`NOTIFY ${WAKE_CHANNEL}`);
    } while (state.notifyAgain);
  } catch (error) {
    // The workers' poll still finds the work; say why they were late.
    console.log(`[delivery] NOTIFY failed: ${(error as Error).message}`);
  } finally {
    state.notifying = false;
  }
}

/**
 * A dedicated connection that LISTENs on the wake channel and wakes this process's worker on
 * each notification; reconnects (with a growing pause, up to 10 s) when the connection fails,
 * and wakes the worker after each (re)connection in case a notification was missed meanwhile.
 * Returns the function that stops listening.
 */
export function listenForDeliveryWork(url: string, onWork: () => void, log: (line: string) => void = () => {}) {
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
      log(`LISTEN connection lost (${error.message}); reconnecting in ${retryMs} ms`);
      c.removeAllListeners("notification");
      void c.end().catch(() => {});
      timer = setTimeout(() => void connect(), retryMs);
      retryMs = Math.min(retryMs * 2, 10_000);
    };
    c.on("error", fail);
    c.on("end", () => fail(new Error("connection ended")));
    c.on("notification", () => onWork());
    try {
      await c.connect();
      await c.query(`LISTEN ${WAKE_CHANNEL}`);
      retryMs = 250;
      onWork();
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
