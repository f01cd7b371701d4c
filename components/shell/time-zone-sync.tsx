"use client";

import { useEffect } from "react";
import { TIME_ZONE_COOKIE } from "@/i18n/config";

/** After the page has settled: an idle moment this long after hydration, at the latest. */
const SETTLE_MS = 5_000;

/**
 * Remembers the browser's time zone for server-rendered dates when sign-in did not (e.g. a
 * session from another tab). Takes effect from the next page load; no refresh mid-task.
 * Reading the zone builds an Intl.DateTimeFormat, and the browser's first one loads ICU's locale
 * data (~17 ms, ~70 ms on a slow phone): nothing on this page needs it, so it is not done while
 * the page loads, but at the first pointer or key press (before any navigation it might start,
 * which then carries the cookie) or at an idle moment once the page has settled, whichever
 * comes first.
 */
export function TimeZoneSync({ current }: { current: string | null }) {
  useEffect(() => {
    let done = false;
    const sync = () => {
      if (done) return;
      done = true;
      stop();
      const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
      if (zone && zone !== current) {
        document.cookie = `${TIME_ZONE_COOKIE}=${encodeURIComponent(zone)}; path=/; max-age=31536000; samesite=lax`;
      }
    };
    let idle: number | undefined;
    const timer = setTimeout(() => {
      if (typeof requestIdleCallback === "function") idle = requestIdleCallback(sync, { timeout: SETTLE_MS });
      else sync();
    }, SETTLE_MS);
    const events = ["pointerdown", "keydown"] as const;
    for (const type of events) window.addEventListener(type, sync, { capture: true, passive: true });
    function stop() {
      clearTimeout(timer);
      if (idle !== undefined) cancelIdleCallback(idle);
      for (const type of events) window.removeEventListener(type, sync, { capture: true });
    }
    return stop;
  }, [current]);
  return null;
}
