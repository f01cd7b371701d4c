"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { DataTable } from "@/components/ui/data-table";
import { inputClass } from "@/components/ui/field";
import { RelativeTime } from "@/components/ui/relative-time";
import { Skeleton } from "@/components/ui/skeleton";
import { ErrorNotice } from "@/components/zapier-accounts/error-notice";
import { useErrorMessage } from "@/components/zapier-accounts/use-error-message";
import { useAccountRequests } from "@/lib/zapier-accounts/hooks";
import type { ApiRequestView } from "@/lib/zapier-accounts/views";
import { Section } from "./section";

// The Base URL API's actions as the request log names them (the log may add others; they join the menu).
const KNOWN_ACTIONS = ["me", "hooks.subscribe", "hooks.unsubscribe", "hooks.list", "samples", "signing-secret"];
const STATUS_CLASSES = ["2xx", "4xx", "5xx"] as const;
type StatusClass = (typeof STATUS_CLASSES)[number];
const inClass = (status: number, c: string) => !c || String(status).startsWith(c[0] ?? "");

/** The Base URL API calls made with this account's credentials, newest first; filter by action and status. */
export function RequestsTab({ accountId }: { accountId: string }) {
  const t = useTranslations("zapier.account");
  const tc = useTranslations("common");
  const errorMessage = useErrorMessage();
  const id = useId();
  const [action, setAction] = useState("");
  const [status, setStatus] = useState<"" | StatusClass>("");
  const query = useAccountRequests(accountId, { action: action || undefined, status: status || undefined });
  const all = query.data?.pages.flatMap((p) => p.requests) ?? [];
  // The known actions, those in the log and the chosen one (so the menu never loses the current choice).
  const actions = [...new Set([...KNOWN_ACTIONS, ...all.map((r) => r.action), ...(action ? [action] : [])])].sort();
  // The server filters; filtering again here keeps the table right whatever the server supports.
  const rows = all.filter((r) => (!action || r.action === action) && inClass(r.status, status));

  const filters = (
    <div className="flex flex-wrap gap-3">
      <div>
        <label htmlFor={`${id}-action`} className="block text-xs font-medium text-slate-700">
          {t("filterAction")}
        </label>
        <select id={`${id}-action`} className={`${inputClass} mt-1 w-44`} value={action} onChange={(e) => setAction(e.target.value)}>
          <option value="">{t("allActions")}</option>
          {actions.map((a) => (
            <option key={a} value={a}>
              {a}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor={`${id}-status`} className="block text-xs font-medium text-slate-700">
          {t("filterStatus")}
        </label>
        <select id={`${id}-status`} className={`${inputClass} mt-1 w-44`} value={status} onChange={(e) => setStatus(e.target.value as "" | StatusClass)}>
          <option value="">{t("allStatuses")}</option>
          {STATUS_CLASSES.map((c) => (
            <option key={c} value={c}>
              {t(`statusClass.${c}`)}
            </option>
          ))}
        </select>
      </div>
    </div>
  );

  return (
    <Section title={t("requests")} description={t("requestsDescription")} flush>
      <div className="border-b border-slate-200 px-4 py-3">{filters}</div>
      {query.isPending ? (
        <div role="status" aria-label={t("loadingRequests")} className="space-y-2 p-4">
          <Skeleton className="h-5 w-full" />
          <Skeleton className="h-5 w-2/3" />
        </div>
      ) : query.isError && !query.data ? (
        <div className="p-4">
          <ErrorNotice
            error={query.error}
            message={`${t("requestsError")} ${errorMessage(query.error)}`}
            action={
              <Button variant="secondary" size="sm" onClick={() => void query.refetch()}>
                {tc("retry")}
              </Button>
            }
          />
        </div>
      ) : rows.length === 0 ? (
        <p className="p-4 text-sm text-slate-600">{action || status ? t("noRequestsFiltered") : t("noRequests")}</p>
      ) : (
        <>
          <DataTable<ApiRequestView>
            caption={t("requestsCaption")}
            rows={rows}
            rowKey={(r) => r.id}
            rowHeader
            columns={[
              { key: "action", header: t("action"), cell: (r) => <span className="font-mono text-xs">{r.action}</span> },
              { key: "call", header: t("endpoint"), cell: (r) => <code className="font-mono text-xs break-all">{`${r.method} ${r.path}`}</code> },
              {
                key: "status",
                header: t("httpStatus"),
                cell: (r) => (
                  <span className={r.status >= 400 ? "font-mono text-xs text-red-800" : "font-mono text-xs text-green-800"}>
                    {r.status}
                    {r.idempotentReplay ? <span className="ml-1.5 font-sans text-slate-600">{t("replay")}</span> : null}
                  </span>
                ),
              },
              { key: "duration", header: t("durationHeader"), cell: (r) => t("duration", { ms: r.durationMs }) },
              { key: "time", header: t("time"), cell: (r) => <RelativeTime iso={r.createdAt} /> },
            ]}
          />
          {query.hasNextPage ? (
            <div className="border-t border-slate-200 p-3 text-center">
              <Button variant="secondary" size="sm" onClick={() => void query.fetchNextPage()} disabled={query.isFetchingNextPage}>
                {query.isFetchingNextPage ? tc("loading") : t("loadMore")}
              </Button>
            </div>
          ) : null}
        </>
      )}
    </Section>
  );
}
