import { prisma } from "@/lib/db";
import { databaseConfig } from "@/lib/db/config";
import { listenOnChannel } from "@/lib/db/listen";

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
 * LISTENs on the wake channel (lib/db/listen.ts: a dedicated connection that reconnects) and
 * wakes this process's worker on each notification, and after each (re)connection in case a
 * notification was missed meanwhile. Returns the function that stops listening.
 */
export function listenForDeliveryWork(url: string, onWork: () => void, log: (line: string) => void = () => {}) {
  return listenOnChannel(url, WAKE_CHANNEL, {
    notify: () => onWork(),
    up: () => onWork(),
    down: (reason) => log(`LISTEN connection lost (${reason})`),
  });
}
