"use client";

import { useNow } from "next-intl";
import { useId, useState } from "react";
import { useDateText } from "./formatted-dates";

export { EXACT_TIME } from "./date-formats";

/**
 * "5 minutes ago", with the exact time (seconds and time zone) on hover and on keyboard focus:
 * the element is a tab stop and its tooltip is its description. Until the first 30-s tick it shows
 * the server's text when the server formatted this time (see `FormattedDates`).
 */
export function RelativeTime({ iso, className }: { iso: string; className?: string }) {
  const text = useDateText();
  const now = useNow({ updateInterval: 30_000 });
  const [first] = useState(now);
  const id = useId();
  const served = now === first ? text.servedRelative(iso) : undefined;
  return (
    <span className={`group relative inline-block ${className ?? ""}`}>
      <time
        dateTime={iso}
        tabIndex={0}
        aria-describedby={id}
        className="rounded underline decoration-slate-400 decoration-dotted underline-offset-2 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600"
      >
        {served ?? text.relative(iso, now)}
      </time>
      <span
        id={id}
        role="tooltip"
        className="pointer-events-none invisible absolute top-full left-0 z-30 mt-1 w-max max-w-64 rounded-md bg-slate-900 px-2 py-1 text-xs text-white shadow-lg group-focus-within:visible group-hover:visible"
      >
        {text.exact(iso)}
      </span>
    </span>
  );
}
