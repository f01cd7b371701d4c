"use client";

import { useEffect } from "react";
import { TIME_ZONE_COOKIE } from "@/i18n/config";

/**
 * Remembers the browser's time zone for server-rendered dates when sign-in did not (e.g. a
 * session from another tab). Takes effect from the next page load; no refresh mid-task.
 * Reading the zone builds an Intl.DateTimeFormat, and the browser's first one loads ICU's locale
 * data (~17 ms): it waits for an idle moment instead of lengthening the hydration task.
 */
export function TimeZoneSync({ current }: { current: string | null }) {
  useEffect(() => {
    const sync = () => {
      const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
      if (zone && zone !== current) {
        document.cookie = `${TIME_ZONE_COOKIE}=${encodeURIComponent(zone)}; path=/; max-age=31536000; samesite=lax`;
      }
    };
    if (typeof requestIdleCallback === "function") {
      const handle = requestIdleCallback(sync, { timeout: 5_000 });
      return () => cancelIdleCallback(handle);
    }
    const timer = setTimeout(sync, 1_000);
    return () => clearTimeout(timer);
  }, [current]);
  return null;
}
