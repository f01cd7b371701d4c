"use client";

import { Check, Globe } from "lucide-react";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useTransition } from "react";
import { Button } from "@/components/ui/button";
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuTrigger } from "@/components/ui/dropdown-menu";
import { LOCALES, type Locale } from "@/i18n/config";
import { setLocale } from "@/i18n/actions";

/** Switches the language at once and remembers it in the NEXT_LOCALE cookie. */
export function LanguageSwitch() {
  const t = useTranslations("common");
  const locale = useLocale();
  const router = useRouter();
  const [pending, startTransition] = useTransition();

  function choose(next: Locale) {
    if (next === locale) return;
    startTransition(async () => {
      await setLocale(next);
      router.refresh();
    });
  }

  return (
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        <Button variant="ghost" size="sm" disabled={pending}>
          <Globe aria-hidden className="h-4 w-4" />
          <span className="sr-only">{t("language")}: </span>
          <span lang={locale}>{t(`languageNames.${locale}`)}</span>
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent>
        {LOCALES.map((l) => (
          <DropdownMenuItem key={l} lang={l} onSelect={() => choose(l)} aria-current={l === locale ? "true" : undefined}>
            <Check aria-hidden className={l === locale ? "h-4 w-4 text-blue-700" : "h-4 w-4 opacity-0"} />
            {t(`languageNames.${l}`)}
          </DropdownMenuItem>
        ))}
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
