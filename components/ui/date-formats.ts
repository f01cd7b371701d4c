/** Date formats shared by the server (which renders the first text) and the browser (which updates it). */
export const EXACT_TIME = {
  year: "numeric",
  month: "short",
  day: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  timeZoneName: "short",
} as const;

/** The list's "created" column. */
export const SHORT_TIME = { dateStyle: "medium", timeStyle: "short" } as const;

export type DateKind = "exact" | "short" | "relative";

/**
 * Texts the server formatted for this page, keyed by `dateKey(kind, iso)`. The browser's first
 * Intl.DateTimeFormat loads ICU's locale data (~17 ms, ×4 under Lighthouse's CPU throttle) while
 * the page hydrates; with these the page hydrates without building a formatter, and formats in the
 * browser only what the server did not (new data, the relative times' next tick).
 */
export type FormattedDates = Readonly<Record<string, string>>;

export const dateKey = (kind: DateKind, iso: string) => `${kind} ${iso}`;
