import { ChevronRight } from "lucide-react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** Administration › Service Integration › Third-party Integration [› Zapier [› account]]. */
export async function Breadcrumb({ current, account, link = false }: { current: "integrations" | "zapier" | "account"; account?: string; link?: boolean }) {
  const t = await getTranslations("shell");
  const items: Array<{ label: string; href?: string }> = [
    { label: t("administration") },
    { label: t("serviceIntegration") },
    current === "integrations" ? { label: t("thirdPartyIntegration") } : { label: t("thirdPartyIntegration"), href: "/admin/integrations" },
  ];
  if (current !== "integrations") items.push(current === "account" || link ? { label: t("zapier"), href: "/admin/integrations/zapier" } : { label: t("zapier") });
  if (current === "account" && account) items.push({ label: account });
  return (
    <nav aria-label={t("breadcrumb")} className="mb-3">
      <ol className="flex flex-wrap items-center gap-1 text-sm text-slate-600">
        {items.map((item, index) => {
          const last = index === items.length - 1;
          return (
            <li key={index} className="flex min-w-0 items-center gap-1 break-words">
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
