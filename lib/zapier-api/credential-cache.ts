import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { log } from "@/lib/log";

/**
 * Credential rows of the Base URL API kept in memory, so that most calls verify without a
 * database round trip (the token is still hashed and compared on every call: only the row is
 * cached, never a verdict, and an unknown App ID is never cached).
 *
 * Staleness is bounded by invalidation, not by the TTL: a trigger on "ZapierAccount" and
 * "Service" (migration credential_change_notify) NOTIFYs every change that matters to
 * verification on the `zapier_credentials` channel, whoever makes it, and every process LISTENs
 * and evicts at once; the console's own changes also evict in this process before they answer
 * (forgetCredentials). While this process's LISTEN connection is not up (starting, or lost),
 * nothing is cached: every call looks its row up. A lookup that overlapped an eviction is not
 * kept (the generation check), so a row read before a change can never outlive it.
 *
 * State lives on globalThis: the project's server loads lib code twice (Next's bundle and, under
 * tsx, the Base URL app) and an eviction by one copy must reach the other's cache.
 */
export const CREDENTIALS_CHANNEL = "zapier_credentials";
const MAX_ENTRIES = 10_000;

interface Entry<T> {
  value: T;
  until: number;
}
interface CacheState {
  entries: Map<string, Entry<unknown>>;
  /** Bumped by every eviction: a lookup that started before one is not stored. */
  generation: number;
  live: boolean;
  started: boolean;
  stop?: () => Promise<void>;
}
const g = globalThis as unknown as { __zapierCredentialCache?: CacheState };
const state = (): CacheState => (g.__zapierCredentialCache ??= { entries: new Map(), generation: 0, live: false, started: false });

function evict(s: CacheState, appId: string) {
  s.generation++;
  if (appId === "*") s.entries.clear();
  else s.entries.delete(appId);
}

function start(s: CacheState) {
  s.started = true;
  s.stop = db().listen(CREDENTIALS_CHANNEL, {
    notify: (appId) => evict(s, appId),
    up: () => {
      evict(s, "*"); // whatever changed while we were not listening
      s.live = true;
    },
    down: (reason) => {
      s.live = false;
      evict(s, "*");
      log.error("credential-cache", `LISTEN ${CREDENTIALS_CHANNEL} lost (${reason}): every call looks its credentials up until it is back`);
    },
    stopped: () => {
      s.live = false;
      s.started = false;
      s.stop = undefined;
      evict(s, "*");
    },
  });
}

/** What a lookup needs to store its result afterwards (undefined: do not store). */
export type CacheTicket = number | undefined;

/** The cached row for an App ID, or undefined; `ticket` is what rememberCredentials needs after a lookup. */
export function cachedCredentials<T>(appId: string): { value: T | undefined; ticket: CacheTicket } {
  if (env().CREDENTIALS_CACHE_MS === 0) return { value: undefined, ticket: undefined };
  const s = state();
  if (!s.live) {
    if (!s.started) start(s);
    return { value: undefined, ticket: undefined };
  }
  const entry = s.entries.get(appId);
  if (entry && entry.until > Date.now()) return { value: entry.value as T, ticket: undefined };
  if (entry) s.entries.delete(appId);
  return { value: undefined, ticket: s.generation };
}

/** Keeps a row just looked up, unless an eviction happened since the lookup began. */
export function rememberCredentials<T>(appId: string, value: T, ticket: CacheTicket) {
  const s = state();
  if (ticket === undefined || ticket !== s.generation || !s.live) return;
  if (s.entries.size >= MAX_ENTRIES) {
    const oldest = s.entries.keys().next().value;
    if (oldest !== undefined) s.entries.delete(oldest);
  }
  s.entries.set(appId, { value, until: Date.now() + env().CREDENTIALS_CACHE_MS });
}

/** Evicts an App ID (or "*": everything) in this process; call after the change commits. */
export function forgetCredentials(appId: string) {
  evict(state(), appId);
}
