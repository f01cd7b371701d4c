"use client";

import { useEffect } from "react";
import { TIME_ZONE_COOKIE } from "@/i18n/config";

/**
 * Remembers the browser's time zone for server-rendered dates when sign-in did not (e.g. a
 * session from another tab). Takes effect from the next page load; no refresh mid-task.
 */
export function TimeZoneSync({ current }: { current: string | null }) {
  useEffect(() => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (zone && zone !== current) {
      document.cookie = `${TIME_ZONE_COOKIE}=${encodeURIComponent(zone)}; path=/; max-age=31536000; samesite=lax`;
    }
  }, [current]);
  return null;
}
