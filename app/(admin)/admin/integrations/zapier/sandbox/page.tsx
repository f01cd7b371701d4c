import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { NextIntlClientProvider } from "next-intl";
import { getTranslations } from "next-intl/server";
import { Breadcrumb } from "@/components/shell/breadcrumb";
import { SandboxWorkspace } from "@/components/sandbox/sandbox-workspace";
import { clientMessages } from "@/i18n/client-messages";
import { sandboxAvailable, sandboxView } from "@/lib/workspace/embedded/sandbox";
import { requireActor, type SearchParams } from "../../../../actor";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("sandbox");
  return { title: `${t("title")} · Zapier` };
}

/** The embedded workspace and its trigger controls: admins only, and absent when PLATFORM_URL is set. */
export default async function SandboxPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireActor("/admin/integrations/zapier/sandbox", await searchParams);
  if (!sandboxAvailable() || actor.role !== "ADMIN") notFound();
  const t = await getTranslations("sandbox");
  const initial = await sandboxView(actor.serviceId);
  return (
    <>
      <Breadcrumb current="account" account={t("title")} />
      <div className="mb-6 rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
        <h1 className="text-2xl font-semibold tracking-tight text-slate-900">{t("title")}</h1>
        <p className="mt-3 max-w-3xl text-sm leading-6 text-slate-700">{t("purpose")}</p>
      </div>
      <NextIntlClientProvider messages={await clientMessages("sandbox")}>
        <SandboxWorkspace initial={initial} />
      </NextIntlClientProvider>
    </>
  );
}
