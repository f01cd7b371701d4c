import { dehydrate, HydrationBoundary, QueryClient } from "@tanstack/react-query";
import type { Metadata } from "next";
import Image from "next/image";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Breadcrumb } from "@/components/shell/breadcrumb";
import { FormattedDatesProvider } from "@/components/ui/formatted-dates";
import { ZapierAccountsView } from "@/components/zapier-accounts/zapier-accounts-view";
import { zapierAccountKeys } from "@/lib/zapier-accounts/keys";
import { ACCOUNT_LIMIT, type ListAccountsResponse } from "@/lib/zapier-accounts/schemas";
import { listAccounts } from "@/lib/zapier-accounts/service";
import { sandboxAvailable } from "@/lib/workspace/embedded/sandbox";
import { requireActor, type SearchParams } from "../../../actor";
import { formatDates } from "../../../formatted-dates";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("zapier");
  return { title: t("title") };
}

const USES = ["crm", "chat", "sheet", "ticket"] as const;

export default async function ZapierPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const query = await searchParams;
  const actor = await requireActor("/admin/integrations/zapier", query);
  const t = await getTranslations("zapier");
  const ts = await getTranslations("sandbox");
  const showSandbox = actor.role === "ADMIN" && sandboxAvailable();
  // The first list comes with the page (no loading flash); react-query takes over from there.
  const queryClient = new QueryClient();
  const accounts = await listAccounts(actor.serviceId);
  queryClient.setQueryData<ListAccountsResponse>(zapierAccountKeys.lists(), { accounts, limit: ACCOUNT_LIMIT });
  const dates = await formatDates(accounts.flatMap((a) => [[["short"], a.createdAt], [["exact", "relative"], a.lastUsedAt]] as const));
  return (
    <>
      <Breadcrumb current="zapier" />
      <div className="mb-6 flex flex-col gap-5 rounded-xl border border-slate-200 bg-white p-5 shadow-sm md:flex-row md:items-start">
        <div className="flex-1">
          <div className="flex items-center gap-3">
            <Image src="/zapier-logo.svg" alt="" width={36} height={36} unoptimized loading="eager" className="rounded-lg" />
            <h1 className="text-2xl font-semibold tracking-tight text-slate-900">{t("title")}</h1>
          </div>
          <p className="mt-3 max-w-2xl text-sm leading-6 text-slate-700">{t("intro")}</p>
          {showSandbox ? (
            <p className="mt-3 max-w-2xl text-sm leading-6 text-slate-700">
              <Link href="/admin/integrations/zapier/sandbox" className="font-medium text-blue-700 underline hover:text-blue-900 focus-visible:outline-2 focus-visible:outline-blue-600">
                {ts("openLink")}
              </Link>
              {" — "}
              {ts("openLinkHint")}
            </p>
          ) : null}
        </div>
        <div className="md:w-80">
          <h2 className="text-sm font-semibold text-slate-900">{t("usesTitle")}</h2>
          <ul className="mt-2 list-disc space-y-1 pl-5 text-sm text-slate-700 marker:text-orange-500">
            {USES.map((use) => (
              <li key={use}>{t(`uses.${use}`)}</li>
            ))}
          </ul>
        </div>
      </div>
      <HydrationBoundary state={dehydrate(queryClient)}>
        <FormattedDatesProvider value={dates}>
          <ZapierAccountsView isAdmin={actor.role === "ADMIN"} initialTab={query.tab === "audit" ? "audit" : "accounts"} />
        </FormattedDatesProvider>
      </HydrationBoundary>
    </>
  );
}
