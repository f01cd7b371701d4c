import { ChevronRight } from "lucide-react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** Administration › Service Integration › Third-party Integration [› Zapier]. */
export async function Breadcrumb({ current }: { current: "integrations" | "zapier" }) {
  const t = await getTranslations("shell");
  const items: Array<{ label: string; href?: string }> = [
    { label: t("administration") },
    { label: t("serviceIntegration") },
    current === "zapier" ? { label: t("thirdPartyIntegration"), href: "/admin/integrations" } : { label: t("thirdPartyIntegration") },
  ];
  if (current === "zapier") items.push({ label: t("zapier") });
  return (
    <nav aria-label={t("breadcrumb")} className="mb-3">
      <ol className="flex flex-wrap items-center gap-1 text-sm text-slate-600">
        {items.map((item, index) => {
          const last = index === items.length - 1;
          return (
            <li key={item.label} className="flex items-center gap-1">
              {item.href ? (
                <Link href={item.href} className="rounded hover:text-slate-900 hover:underline focus-visible:outline-2 focus-visible:outline-blue-600">
                  {item.label}
                </Link>
              ) : (
                <span aria-current={last ? "page" : undefined} className={last ? "font-medium text-slate-900" : undefined}>
                  {item.label}
                </span>
              )}
              {last ? null : <ChevronRight aria-hidden className="h-3.5 w-3.5 text-slate-400" />}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
