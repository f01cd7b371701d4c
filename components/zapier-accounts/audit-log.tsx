"use client";

import { useFormatter, useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Skeleton } from "@/components/ui/skeleton";
import { useZapierAuditEvents } from "@/lib/zapier-accounts/hooks";
import type { AuditAction, AuditEventDto } from "@/lib/zapier-accounts/schemas";
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
  return (event: AuditEventDto): string | null => {
    const meta = event.metadata ?? {};
    if (event.action === "account.renamed" && typeof meta.from === "string") return t("renamedFrom", { from: meta.from });
    if (event.action === "token.regenerated" && typeof meta.graceSeconds === "number") {
      return meta.graceSeconds > 0 ? t("graceSeconds", { hours: Math.round(meta.graceSeconds / 3600) }) : t("graceNone");
    }
    return null;
  };
}

/** Who did what to which Zapier account, newest first, 20 at a time. */
export function AuditLog() {
  const t = useTranslations("zapier.audit");
  const tc = useTranslations("common");
  const format = useFormatter();
  const errorMessage = useErrorMessage();
  const detail = useDetail();
  const query = useZapierAuditEvents();

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
  if (events.length === 0) return <p className="p-6 text-sm text-slate-600">{t("empty")}</p>;
  const what = (event: AuditEventDto) => (event.action in ACTION_KEYS ? t(`actions.${ACTION_KEYS[event.action]}`) : event.action);
  const when = (event: AuditEventDto) => (
    <time dateTime={event.createdAt}>{format.dateTime(new Date(event.createdAt), { dateStyle: "medium", timeStyle: "short" })}</time>
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
