import { ArrowRight } from "lucide-react";
import type { Metadata } from "next";
import Image from "next/image";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Breadcrumb } from "@/components/shell/breadcrumb";
import { listAccounts } from "@/lib/zapier-accounts/service";
import { requireActor, type SearchParams } from "../../actor";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("integrations");
  return { title: t("title") };
}

export default async function IntegrationsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireActor("/admin/integrations", await searchParams);
  const t = await getTranslations("integrations");
  const count = (await listAccounts(actor.serviceId)).length;
  return (
    <>
      <Breadcrumb current="integrations" />
      <h1 className="text-2xl font-semibold tracking-tight text-slate-900">{t("title")}</h1>
      <p className="mt-1 text-sm text-slate-600">{t("description")}</p>
      <ul role="list" className="mt-6 grid gap-4 sm:grid-cols-2 xl:grid-cols-3">
        <li>
          <article className="flex h-full flex-col rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
            <div className="flex items-start gap-3">
              {/* Above the fold: load it with the page, not lazily after layout. */}
              <Image src="/zapier-logo.svg" alt={t("logoAlt")} width={40} height={40} unoptimized loading="eager" className="rounded-lg" />
              <div className="min-w-0">
                <h2 className="text-base font-semibold text-slate-900">{t("zapierName")}</h2>
                <p className="text-sm text-slate-600">{t("accountCount", { count })}</p>
              </div>
            </div>
            <p className="mt-3 flex-1 text-sm text-slate-700">{t("zapierDescription")}</p>
            <Link
              href="/admin/integrations/zapier"
              className="mt-4 inline-flex items-center gap-1.5 self-start rounded-md text-sm font-medium text-blue-700 hover:text-blue-900 hover:underline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600"
            >
              {t("manage")}
              <ArrowRight aria-hidden className="h-4 w-4" />
            </Link>
          </article>
        </li>
      </ul>
    </>
  );
}
