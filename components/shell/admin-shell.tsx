import { Building2 } from "lucide-react";
import Link from "next/link";
import { getTimeZone, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Brand } from "./brand";
import { LanguageSwitch } from "./language-switch";
import { MobileNav } from "./mobile-nav";
import { NavLinks } from "./nav-links";
import { SignOutButton } from "./sign-out-button";
import { TimeZoneSync } from "./time-zone-sync";

export interface ShellUser {
  email: string;
  role: "ADMIN" | "STAFF";
  serviceName: string;
}

/** Service, email and role. A long email is truncated; the role badge never is. */
async function UserSummary({ user, align = "start" }: { user: ShellUser; align?: "start" | "end" }) {
  const t = await getTranslations("shell");
  const justify = align === "end" ? "justify-end" : "";
  return (
    <div className="min-w-0 text-sm">
      <p className={`flex items-center gap-1.5 font-medium text-slate-900 ${justify}`}>
        <Building2 aria-hidden className="h-4 w-4 shrink-0 text-slate-500" />
        <span className="sr-only">{t("service")}: </span>
        <span className="truncate">{user.serviceName}</span>
      </p>
      <p className={`flex min-w-0 items-center gap-1.5 text-slate-600 ${justify}`}>
        <span className="sr-only">{t("signedInAs", { email: user.email })}</span>
        <span aria-hidden className="truncate">
          {user.email}
        </span>
        <span className="shrink-0 rounded bg-slate-100 px-1.5 py-0.5 text-xs font-medium whitespace-nowrap text-slate-700">
          {t(`roles.${user.role}`)}
        </span>
      </p>
    </div>
  );
}

/** Left navigation, header with the user, their service, the language switch and sign-out. */
export async function AdminShell({ user, children }: { user: ShellUser; children: ReactNode }) {
  const t = await getTranslations("shell");
  const tc = await getTranslations("common");
  const timeZone = await getTimeZone();
  return (
    <div className="min-h-dvh lg:pl-64">
      <TimeZoneSync current={timeZone} />
      <a
        href="#main"
        className="sr-only z-50 rounded-md bg-white px-3 py-2 text-sm font-medium text-blue-800 shadow focus:not-sr-only focus:fixed focus:top-2 focus:left-2"
      >
        {tc("skipToContent")}
      </a>
      <aside className="fixed inset-y-0 left-0 hidden w-64 flex-col border-r border-slate-200 bg-white px-3 py-4 lg:flex">
        <Link href="/admin/integrations" className="mb-8 rounded-md px-3 focus-visible:outline-2 focus-visible:outline-blue-600">
          <Brand />
        </Link>
        <nav aria-label={t("mainNavigation")}>
          <NavLinks />
        </nav>
      </aside>
      <header className="sticky top-0 z-30 flex h-16 items-center gap-3 border-b border-slate-200 bg-white/95 px-4 backdrop-blur sm:px-6">
        <MobileNav footer={<UserSummary user={user} />} />
        <div className="lg:hidden">
          <Brand compact />
        </div>
        <div className="ml-auto flex items-center gap-2 sm:gap-4">
          <div className="hidden max-w-80 border-r border-slate-200 pr-4 md:block">
            <UserSummary user={user} align="end" />
          </div>
          <LanguageSwitch />
          <SignOutButton />
        </div>
      </header>
      <main id="main" tabIndex={-1} className="mx-auto max-w-6xl px-4 py-6 focus:outline-none sm:px-6 lg:px-8 lg:py-8">
        {children}
      </main>
    </div>
  );
}
