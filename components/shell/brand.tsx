import { useTranslations } from "next-intl";

/** The console's mark and name: a drawn "C", no image request. */
export function Brand({ compact = false }: { compact?: boolean }) {
  const t = useTranslations("common");
  return (
    <span className="flex items-center gap-2.5">
      <svg aria-hidden viewBox="0 0 32 32" className="h-7 w-7">
        <rect width="32" height="32" rx="7" fill="#1D4ED8" />
        <path d="M21.5 11.2a7 7 0 1 0 0 9.6" fill="none" stroke="#fff" strokeWidth="3.4" strokeLinecap="round" />
      </svg>
      <span className={`text-[15px] font-semibold tracking-tight whitespace-nowrap text-slate-900 ${compact ? "sr-only sm:not-sr-only" : ""}`}>
        {t("consoleName")}
      </span>
    </span>
  );
}
