import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { NextIntlClientProvider } from "next-intl";
import { getTranslations } from "next-intl/server";
import { Brand } from "@/components/shell/brand";
import { clientMessages } from "@/i18n/client-messages";
import { LanguageSwitch } from "@/components/shell/language-switch";
import { currentActor } from "@/lib/auth/session";
import { safeCallbackUrl } from "./callback-url";
import { LoginForm, type LoginError } from "./login-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth");
  return { title: t("title") };
}

// next-auth sends people here with ?error=… when it handled the sign-in itself.
function initialError(error: unknown): LoginError | null {
  if (error === "CredentialsSignin") return "wrongCredentials";
  if (error === "throttled") return "throttled";
  if (error === "SessionRequired") return "sessionEnded";
  return typeof error === "string" && error ? "failed" : null;
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(params.callbackUrl);
  if (await currentActor()) redirect(callbackUrl);
  const t = await getTranslations("auth");
  return (
    <div className="flex min-h-dvh flex-col">
      <header className="flex items-center justify-between px-4 py-3 sm:px-6">
        <Brand />
        <LanguageSwitch />
      </header>
      <main className="flex flex-1 items-start justify-center px-4 pt-[10vh] pb-12">
        <div className="w-full max-w-sm rounded-xl border border-slate-200 bg-white p-6 shadow-sm sm:p-8">
          <h1 className="text-xl font-semibold tracking-tight text-slate-900">{t("title")}</h1>
          <p className="mt-1 text-sm text-slate-600">{t("subtitle")}</p>
          <NextIntlClientProvider messages={await clientMessages("auth")}>
            <LoginForm callbackUrl={callbackUrl} initialError={initialError(params.error)} />
          </NextIntlClientProvider>
        </div>
      </main>
    </div>
  );
}
