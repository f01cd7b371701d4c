"use client";

import { Download } from "lucide-react";
import { useFormatter, useNow, useTranslations } from "next-intl";
import { useId, useState } from "react";
import { Button, buttonClasses } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { EXACT_TIME } from "@/components/ui/relative-time";
import { Skeleton } from "@/components/ui/skeleton";
import { zapierAccountsApi } from "@/lib/zapier-accounts/api-client";
import { useAuditActors, useZapierAccounts, useZapierAuditEvents } from "@/lib/zapier-accounts/hooks";
import type { AuditAction, AuditEventDto } from "@/lib/zapier-accounts/schemas";
import type { AuditFilters } from "@/lib/zapier-accounts/views";
import { ErrorNotice } from "./error-notice";
import { useErrorMessage } from "./use-error-message";

// Message keys cannot contain dots, so each action maps to a plain key.
const ACTION_KEYS = {
  "account.created": "created",
  "account.renamed": "renamed",
  "account.deleted": "deleted",
  "token.regenerated": "regenerated",
  "token.revealed": "revealed",
} as const satisfies Record<AuditAction, string>;

function useDetail() {
  const t = useTranslations("zapier.audit");
  const format = useFormatter();
  const now = useNow({ updateInterval: 60_000 });
  return (event: AuditEventDto): string | null => {
    const meta = event.metadata ?? {};
    if (event.action === "account.renamed" && typeof meta.from === "string") return t("renamedFrom", { from: meta.from });
    if (event.action === "token.regenerated" && typeof meta.graceSeconds === "number") {
      if (meta.graceSeconds <= 0) return t("graceNone");
      // A grace period still running is told in the present; one that has ended, in the past.
      const end = new Date(new Date(event.createdAt).getTime() + meta.graceSeconds * 1000);
      const time = format.dateTime(end, EXACT_TIME);
      return end > now ? t("graceRunning", { time }) : t("graceEnded", { time });
    }
    return null;
  };
}

/** Action, account and person filters, and the CSV of what they match. */
function Filters({ filters, onChange, fixedAccount }: { filters: AuditFilters; onChange: (f: AuditFilters) => void; fixedAccount: boolean }) {
  const t = useTranslations("zapier.audit");
  const id = useId();
  const accounts = useZapierAccounts();
  const actors = useAuditActors();
  const select = `${inputClass} mt-1 w-full sm:w-48`;
  return (
    <div className="flex flex-col gap-3 border-b border-slate-200 px-4 py-3 sm:flex-row sm:flex-wrap sm:items-end">
      <div>
        <label htmlFor={`${id}-action`} className="block text-xs font-medium text-slate-700">
          {t("filterAction")}
        </label>
        <select id={`${id}-action`} className={select} value={filters.action ?? ""} onChange={(e) => onChange({ ...filters, action: e.target.value || undefined })}>
          <option value="">{t("allActions")}</option>
          {(Object.keys(ACTION_KEYS) as AuditAction[]).map((a) => (
            <option key={a} value={a}>
              {t(`actions.${ACTION_KEYS[a]}`)}
            </option>
          ))}
        </select>
      </div>
      {fixedAccount ? null : (
        <div>
          <label htmlFor={`${id}-account`} className="block text-xs font-medium text-slate-700">
            {t("filterAccount")}
          </label>
          <select id={`${id}-account`} className={select} value={filters.accountId ?? ""} onChange={(e) => onChange({ ...filters, accountId: e.target.value || undefined })}>
            <option value="">{t("allAccounts")}</option>
            {(accounts.data?.accounts ?? []).map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </div>
      )}
      <div>
        <label htmlFor={`${id}-actor`} className="block text-xs font-medium text-slate-700">
          {t("filterPerson")}
        </label>
        <select id={`${id}-actor`} className={select} value={filters.actor ?? ""} onChange={(e) => onChange({ ...filters, actor: e.target.value || undefined })}>
          <option value="">{t("allPeople")}</option>
          {(actors.data ?? []).map((email) => (
            <option key={email} value={email}>
              {email}
            </option>
          ))}
        </select>
      </div>
      <a href={zapierAccountsApi.auditExportHref(filters)} download className={buttonClasses("secondary", "md", "sm:ml-auto")}>
        <Download aria-hidden className="h-4 w-4" />
        {t("exportCsv")}
      </a>
    </div>
  );
}

/** Who did what to which Zapier account, newest first, 20 at a time; filterable, exportable as CSV. */
export function AuditLog({ accountId }: { accountId?: string } = {}) {
  const [filters, setFilters] = useState<AuditFilters>({});
  const effective = accountId ? { ...filters, accountId } : filters;
  return (
    <div>
      <Filters filters={effective} onChange={(f) => setFilters(accountId ? { ...f, accountId: undefined } : f)} fixedAccount={Boolean(accountId)} />
      <AuditEntries filters={effective} />
    </div>
  );
}

function AuditEntries({ filters }: { filters: AuditFilters }) {
  const t = useTranslations("zapier.audit");
  const tc = useTranslations("common");
  const format = useFormatter();
  const errorMessage = useErrorMessage();
  const detail = useDetail();
  const query = useZapierAuditEvents(filters);

  if (query.isPending) {
    return (
      <div role="status" aria-label={t("loading")} className="space-y-3 p-4">
        {[0, 1, 2].map((i) => (
          <Skeleton key={i} className="h-6 w-full" />
        ))}
      </div>
    );
  }
  if (query.isError) {
    return (
      <div className="p-4">
        <ErrorNotice
          error={query.error}
          message={`${t("loadError")} ${errorMessage(query.error)}`}
          action={
            <Button variant="secondary" size="sm" onClick={() => void query.refetch()}>
              {tc("retry")}
            </Button>
          }
        />
      </div>
    );
  }
  const events = query.data.pages.flatMap((page) => page.events);
  const filtered = Boolean(filters.action || filters.actor);
  if (events.length === 0) return <p className="p-6 text-sm text-slate-600">{filtered ? t("emptyFiltered") : t("empty")}</p>;
  const what = (event: AuditEventDto) => (event.action in ACTION_KEYS ? t(`actions.${ACTION_KEYS[event.action]}`) : event.action);
  const when = (event: AuditEventDto) => (
    <time dateTime={event.createdAt}>{format.dateTime(new Date(event.createdAt), EXACT_TIME)}</time>
  );
  return (
    <div>
      {/* Narrow screens: one card per entry, nothing to scroll sideways. */}
      <ul role="list" aria-label={t("caption")} className="divide-y divide-slate-100 md:hidden">
        {events.map((event) => {
          const extra = detail(event);
          return (
            <li key={event.id} className="px-4 py-3 text-sm">
              <p className="text-slate-900">
                <span className="font-medium">{what(event)}</span>
                <span aria-hidden className="text-slate-400"> · </span>
                <span className="font-medium break-words">{event.accountName}</span>
              </p>
              {extra ? <p className="text-xs text-slate-600">{extra}</p> : null}
              <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 text-xs text-slate-600">
                <dt>{t("who")}</dt>
                <dd className="break-all text-slate-800">{event.actor.email}</dd>
                <dt>{t("when")}</dt>
                <dd className="text-slate-800">{when(event)}</dd>
                <dt>{t("ip")}</dt>
                <dd className="font-mono text-slate-800">{event.ipAddress ?? "—"}</dd>
              </dl>
            </li>
          );
        })}
      </ul>
      <div className="hidden overflow-x-auto md:block">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{t("caption")}</caption>
          <thead className="border-b border-slate-200 bg-slate-50 text-xs font-medium tracking-wide whitespace-nowrap text-slate-600 uppercase">
            <tr>
              <th scope="col" className="px-4 py-2.5">{t("when")}</th>
              <th scope="col" className="px-4 py-2.5">{t("who")}</th>
              <th scope="col" className="px-4 py-2.5">{t("what")}</th>
              <th scope="col" className="px-4 py-2.5">{t("account")}</th>
              <th scope="col" className="px-4 py-2.5">{t("ip")}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {events.map((event) => {
              const extra = detail(event);
              return (
                <tr key={event.id}>
                  <td className="px-4 py-3 whitespace-nowrap text-slate-700">{when(event)}</td>
                  <td className="px-4 py-3 break-all text-slate-900">{event.actor.email}</td>
                  <td className="px-4 py-3 text-slate-900">
                    <span className="whitespace-nowrap">{what(event)}</span>
                    {extra ? <span className="block text-xs text-slate-600">{extra}</span> : null}
                  </td>
                  <td className="px-4 py-3 font-medium break-words text-slate-900">{event.accountName}</td>
                  <td className="px-4 py-3 font-mono text-xs whitespace-nowrap text-slate-600">{event.ipAddress ?? "—"}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {query.hasNextPage ? (
        <div className="border-t border-slate-200 p-3 text-center">
          <Button variant="secondary" size="sm" onClick={() => void query.fetchNextPage()} disabled={query.isFetchingNextPage}>
            {query.isFetchingNextPage ? tc("loading") : t("loadMore")}
          </Button>
        </div>
      ) : null}
    </div>
  );
}
