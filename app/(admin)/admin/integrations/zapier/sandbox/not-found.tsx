import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Breadcrumb } from "@/components/shell/breadcrumb";

/** Staff, or a console connected to the live platform (PLATFORM_URL): no sandbox. */
export default async function SandboxNotFound() {
  const t = await getTranslations("sandbox");
  return (
    <>
      <Breadcrumb current="zapier" link />
      <div className="rounded-xl border border-slate-200 bg-white p-8 text-center shadow-sm">
        <h1 className="text-xl font-semibold text-slate-900">{t("notFoundTitle")}</h1>
        <p className="mt-2 text-sm text-slate-700">{t("notFoundBody")}</p>
        <Link
          href="/admin/integrations/zapier"
          className="mt-4 inline-block rounded-md font-medium text-blue-800 underline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600"
        >
          {t("backToZapier")}
        </Link>
      </div>
    </>
  );
}
