"use client";

import { ChevronDown, RotateCw } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { toast } from "@/components/ui/toast";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { DataTable } from "@/components/ui/data-table";
import { EXACT_TIME, RelativeTime } from "@/components/ui/relative-time";
import { Skeleton } from "@/components/ui/skeleton";
import { useEventLabel } from "@/components/zapier-accounts/event-label";
import { ErrorNotice } from "@/components/zapier-accounts/error-notice";
import { useErrorMessage } from "@/components/zapier-accounts/use-error-message";
import { useAccountDeliveries, useRetryDelivery } from "@/lib/zapier-accounts/activity";
import { useDeliveryAttempts } from "@/lib/zapier-accounts/hooks";
import type { DeliveryView } from "@/lib/zapier-accounts/schemas";
import { StatusBadge } from "./badges";
import { Section } from "./section";

export function DeliveriesTab({ accountId, isAdmin }: { accountId: string; isAdmin: boolean }) {
  const t = useTranslations("zapier.account");
  const ta = useTranslations("activity");
  const tc = useTranslations("common");
  const eventLabel = useEventLabel();
  const errorMessage = useErrorMessage();
  const deliveries = useAccountDeliveries(accountId);
  const [open, setOpen] = useState<Set<string>>(new Set());
  const label = (d: DeliveryView) => (d.kind === "UNSUBSCRIBE" ? ta("unsubscribeNotice") : eventLabel(d.event));
  const toggle = (id: string) =>
    setOpen((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <Section title={ta("deliveries")} description={t("deliveriesDescription")} flush>
      {deliveries.isPending ? (
        <div role="status" aria-label={ta("loading")} className="space-y-2 p-4">
          <Skeleton className="h-5 w-full" />
          <Skeleton className="h-5 w-2/3" />
        </div>
      ) : deliveries.isError && !deliveries.data ? (
        <div className="p-4">
          <ErrorNotice
            error={deliveries.error}
            message={`${ta("loadError")} ${errorMessage(deliveries.error)}`}
            action={
              <Button variant="secondary" size="sm" onClick={() => void deliveries.refetch()}>
                {tc("retry")}
              </Button>
            }
          />
        </div>
      ) : deliveries.data.length === 0 ? (
        <p className="p-4 text-sm text-slate-600">{ta("noDeliveries")}</p>
      ) : (
        <DataTable
          caption={ta("deliveriesCaption")}
          rows={deliveries.data}
          rowKey={(d) => d.id}
          rowHeader
          columns={[
            { key: "event", header: ta("event"), cell: (d) => label(d) },
            {
              key: "status",
              header: ta("status"),
              cell: (d) => (
                <span>
                  <StatusBadge status={d.status} />
                  {d.status === "FAILED" && d.lastError ? <span className="mt-0.5 block text-xs break-words text-slate-600">{d.lastError}</span> : null}
                </span>
              ),
            },
            { key: "code", header: ta("code"), cell: (d) => <span className="font-mono text-xs">{d.lastStatusCode ?? "—"}</span> },
            { key: "tries", header: ta("attempts"), cell: (d) => d.attempts },
            { key: "time", header: ta("time"), cell: (d) => <RelativeTime iso={d.deliveredAt ?? d.updatedAt} /> },
            {
              key: "actions",
              header: t("actions"),
              srOnlyHeader: true,
              className: "md:text-right",
              cell: (d, where) => (
                <span className="flex flex-wrap gap-2 md:justify-end">
                  <Button
                    variant="ghost"
                    size="sm"
                    aria-expanded={open.has(d.id)}
                    aria-controls={`attempts-${where}-${d.id}`}
                    aria-describedby={`delivery-${where}-${d.id}`}
                    onClick={() => toggle(d.id)}
                  >
                    <ChevronDown aria-hidden className={cn("h-4 w-4 transition-transform", open.has(d.id) && "rotate-180")} />
                    {t("attemptsButton")}
                  </Button>
                  {isAdmin && d.status === "FAILED" ? <RetryButton accountId={accountId} delivery={d} describedBy={`delivery-${where}-${d.id}`} /> : null}
                  <span id={`delivery-${where}-${d.id}`} className="sr-only">
                    {label(d)}
                  </span>
                </span>
              ),
            },
          ]}
          extra={(d, where) => (open.has(d.id) ? <Attempts accountId={accountId} delivery={d} id={`attempts-${where}-${d.id}`} label={label(d)} /> : null)}
        />
      )}
    </Section>
  );
}

function RetryButton({ accountId, delivery, describedBy }: { accountId: string; delivery: DeliveryView; describedBy: string }) {
  const t = useTranslations("activity");
  const errorMessage = useErrorMessage();
  const retry = useRetryDelivery(accountId);
  return (
    <Button
      variant="secondary"
      size="sm"
      aria-describedby={describedBy}
      disabled={retry.isPending}
      onClick={() =>
        retry.mutate(delivery.id, {
          onSuccess: () => toast.success(t("retried")),
          onError: (error) => toast.error(`${t("retryFailed")} ${errorMessage(error)}`),
        })
      }
    >
      <RotateCw aria-hidden className={cn("size-3.5", retry.isPending && "animate-spin")} />
      {t("retry")}
    </Button>
  );
}

function Attempts({ accountId, delivery, id, label }: { accountId: string; delivery: DeliveryView; id: string; label: string }) {
  const t = useTranslations("zapier.account");
  const ta = useTranslations("activity");
  const format = useFormatter();
  // Keep the attempts current while the delivery is still being retried.
  const attempts = useDeliveryAttempts(accountId, delivery.id, true);
  return (
    <div id={id} className="mt-2 text-sm">
      {attempts.isPending ? (
        <Skeleton className="h-5 w-1/2" />
      ) : attempts.isError ? (
        <p className="text-red-800">{ta("loadError")}</p>
      ) : attempts.data.length === 0 ? (
        <p className="text-slate-600">{t("noAttempts")}</p>
      ) : (
        <ol aria-label={t("attemptsOf", { event: label })} className="space-y-1.5">
          {attempts.data.map((a) => (
            <li key={a.id} className="flex flex-wrap gap-x-3 gap-y-0.5 rounded-md border border-slate-200 bg-white px-3 py-2">
              <span className="font-medium text-slate-900">{t("attemptNumber", { number: a.number })}</span>
              <time dateTime={a.createdAt} className="text-slate-700">
                {format.dateTime(new Date(a.createdAt), EXACT_TIME)}
              </time>
              <span className="font-mono text-xs text-slate-700">{a.statusCode ? `HTTP ${a.statusCode}` : t("noResponse")}</span>
              <span className="text-slate-700">{t("duration", { ms: a.durationMs })}</span>
              <span className="text-slate-700">{t(`outcomes.${a.outcome}`)}</span>
              {a.error ? <span className="basis-full text-xs break-words text-red-800">{a.error}</span> : null}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
