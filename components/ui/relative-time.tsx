"use client";

import { useFormatter, useNow } from "next-intl";
import { useId } from "react";

export const EXACT_TIME = {
  year: "numeric",
  month: "short",
  day: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  timeZoneName: "short",
} as const;

/**
 * "5 minutes ago", with the exact time (seconds and time zone) on hover and on keyboard focus:
 * the element is a tab stop and its tooltip is its description.
 */
export function RelativeTime({ iso, className }: { iso: string; className?: string }) {
  const format = useFormatter();
  const now = useNow({ updateInterval: 30_000 });
  const id = useId();
  const date = new Date(iso);
  const exact = format.dateTime(date, EXACT_TIME);
  return (
    <span className={`group relative inline-block ${className ?? ""}`}>
      <time
        dateTime={iso}
        tabIndex={0}
        aria-describedby={id}
        className="rounded underline decoration-slate-400 decoration-dotted underline-offset-2 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600"
      >
        {format.relativeTime(date, now)}
      </time>
      <span
        id={id}
        role="tooltip"
        className="pointer-events-none invisible absolute top-full left-0 z-30 mt-1 w-max max-w-64 rounded-md bg-slate-900 px-2 py-1 text-xs text-white shadow-lg group-focus-within:visible group-hover:visible"
      >
        {exact}
      </span>
    </span>
  );
}
