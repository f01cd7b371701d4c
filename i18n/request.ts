import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { DEFAULT_LOCALE, isLocale, isTimeZone, LOCALE_COOKIE, TIME_ZONE_COOKIE } from "./config";
import { loadMessages } from "./namespaces";

// No locale in the URL: the language comes from the NEXT_LOCALE cookie the language switch sets.
export default getRequestConfig(async () => {
  const store = await cookies();
  const requested = store.get(LOCALE_COOKIE)?.value;
  const locale = isLocale(requested) ? requested : DEFAULT_LOCALE;
  const zone = store.get(TIME_ZONE_COOKIE)?.value;
  return {
    locale,
    messages: await loadMessages(locale),
    timeZone: isTimeZone(zone) ? zone : "UTC",
  };
});
