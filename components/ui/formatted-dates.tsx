"use client";

import { useFormatter } from "next-intl";
import { createContext, useContext, type ReactNode } from "react";
import { dateKey, EXACT_TIME, SHORT_TIME, type FormattedDates } from "./date-formats";

const Context = createContext<FormattedDates>({});

/** Dates the server formatted for this page (see `FormattedDates`). */
export function FormattedDatesProvider({ value, children }: { value: FormattedDates; children: ReactNode }) {
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

/**
 * `exact(iso)` (seconds and time zone) and `short(iso)` (the list's "created"): the server's text
 * when it formatted that time, otherwise formatted here. The formatter is built only on the
 * second path, so a page whose dates all came from the server builds none while it hydrates.
 */
export function useDateText() {
  const served = useContext(Context);
  const format = useFormatter();
  return {
    exact: (iso: string) => served[dateKey("exact", iso)] ?? format.dateTime(new Date(iso), EXACT_TIME),
    short: (iso: string) => served[dateKey("short", iso)] ?? format.dateTime(new Date(iso), SHORT_TIME),
    /** The server's "5 minutes ago" for `iso`, if it sent one. */
    servedRelative: (iso: string): string | undefined => served[dateKey("relative", iso)],
    relative: (iso: string, now: Date) => format.relativeTime(new Date(iso), now),
  };
}
