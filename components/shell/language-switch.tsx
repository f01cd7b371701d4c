"use client";

import { Check, Globe } from "lucide-react";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useEffect, useRef, useTransition } from "react";
import { LazyMenu } from "@/components/ui/lazy-menu";
import { LOCALES, type Locale } from "@/i18n/config";
import { setLocale } from "@/i18n/actions";

/** Switches the language at once and remembers it in the NEXT_LOCALE cookie. */
export function LanguageSwitch() {
  const t = useTranslations("common");
  const locale = useLocale();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const trigger = useRef<HTMLButtonElement>(null);
  const switched = useRef(false);

  // After the page re-renders in the new language, focus is back on the switch (not on <body>).
  useEffect(() => {
    if (!pending && switched.current) {
      switched.current = false;
      trigger.current?.focus();
    }
  }, [pending, locale]);

  function choose(next: Locale) {
    if (next === locale) return;
    switched.current = true;
    startTransition(async () => {
      await setLocale(next);
      router.refresh();
    });
  }

  return (
    // Not modal: a modal menu hides the rest of the page with aria-hidden while focus can still be
    // inside it (axe: aria-hidden-focus), and the switch stays enabled so focus never drops to <body>.
    <LazyMenu
      modal={false}
      trigger={{ ref: (el) => void (trigger.current = el), variant: "ghost", size: "sm", "aria-busy": pending || undefined }}
      triggerContent={
        <>
          <Globe aria-hidden className="h-4 w-4" />
          <span className="sr-only">{t("language")}: </span>
          <span lang={locale}>{t(`languageNames.${locale}`)}</span>
        </>
      }
    >
      {({ DropdownMenuItem }) =>
        LOCALES.map((l) => (
          <DropdownMenuItem key={l} lang={l} onSelect={() => choose(l)} aria-current={l === locale ? "true" : undefined}>
            <Check aria-hidden className={l === locale ? "h-4 w-4 text-blue-700" : "h-4 w-4 opacity-0"} />
            {t(`languageNames.${l}`)}
          </DropdownMenuItem>
        ))
      }
    </LazyMenu>
  );
}
