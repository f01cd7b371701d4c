import "server-only";
import { getFormatter, getNow } from "next-intl/server";
import { dateKey, EXACT_TIME, SHORT_TIME, type DateKind, type FormattedDates } from "@/components/ui/date-formats";

/**
 * The page's dates formatted on the server in the request's language and time zone, for
 * <FormattedDatesProvider>: each ISO time in `dates` in each of its kinds ("relative" as of now).
 */
export async function formatDates(dates: [kinds: readonly DateKind[], iso: string | null | undefined][]): Promise<FormattedDates> {
  const format = await getFormatter();
  const now = await getNow();
  const out: Record<string, string> = {};
  for (const [kinds, iso] of dates) {
    if (!iso) continue;
    const date = new Date(iso);
    for (const kind of kinds) {
      out[dateKey(kind, iso)] =
        kind === "relative" ? format.relativeTime(date, now) : format.dateTime(date, kind === "exact" ? EXACT_TIME : SHORT_TIME);
    }
  }
  return out;
}
