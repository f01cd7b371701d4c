"use client";

import { RotateCw } from "lucide-react";
import type { ReactNode } from "react";
import { useFormatter, useTranslations } from "next-intl";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Skeleton } from "@/components/ui/skeleton";
import { ErrorNotice } from "@/components/zapier-accounts/error-notice";
import { useErrorMessage } from "@/components/zapier-accounts/use-error-message";
import { useAccountDeliveries, useAccountHooks, useRetryDelivery, type DeliveryView } from "@/lib/zapier-accounts/activity";

const EVENT_KEYS = {
  "contact.created": "contact_created",
  "contact.updated": "contact_updated",
  "contact.merged": "contact_merged",
  "contact.owner_transferred": "contact_owner_transferred",
  "contact.deleted": "contact_deleted",
  "enquiry.new": "enquiry_new",
  "enquiry.handling": "enquiry_handling",
  "enquiry.closed": "enquiry_closed",
  "enquiry.missed": "enquiry_missed",
  "sms.status": "sms_status",
  "tag.created": "tag_created",
  "tag.updated": "tag_updated",
  "tag.deleted": "tag_deleted",
} as const;
const isKnownEvent = (event: string): event is keyof typeof EVENT_KEYS => event in EVENT_KEYS;

const BADGE = {
  DELIVERED: "bg-green-50 text-green-800 ring-green-600/30",
  PENDING: "bg-amber-50 text-amber-900 ring-amber-600/30",
  FAILED: "bg-red-50 text-red-800 ring-red-600/30",
} as const;

function useEventLabel() {
  const t = useTranslations("activity.events");
  return (event: string) => (isKnownEvent(event) ? t(EVENT_KEYS[event]) : event);
}

/** A heading, then a skeleton, an empty sentence or a small scrollable table. */
function ActivitySection<T>(props: {
  heading: string;
  loadingLabel: string;
  items: T[] | undefined;
  pending: boolean;
  empty: string;
  caption: string;
  maxHeight: string;
  head: ReactNode;
  row: (item: T) => ReactNode;
}) {
  const { items } = props;
  return (
    <div>
      <h4 className="mb-1.5 text-xs font-semibold tracking-wide text-slate-600 uppercase">{props.heading}</h4>
      {props.pending ? (
        <div role="status" aria-label={props.loadingLabel} className="space-y-2 py-2">
          <Skeleton className="h-5 w-full" />
          <Skeleton className="h-5 w-2/3" />
        </div>
      ) : items && items.length === 0 ? (
        <p className="text-sm text-slate-600">{props.empty}</p>
      ) : items ? (
        <div className={cn("overflow-auto rounded-md border border-slate-200", props.maxHeight)}>
          <table className="w-full text-left text-sm">
            <caption className="sr-only">{props.caption}</caption>
            <thead className="bg-slate-50 text-xs text-slate-600">
              <tr>{props.head}</tr>
            </thead>
            <tbody className="divide-y divide-slate-100">{items.map(props.row)}</tbody>
          </table>
        </div>
      ) : null}
    </div>
  );
}

const th = "px-3 py-2 font-medium";

function RetryButton({ accountId, delivery, eventLabel }: { accountId: string; delivery: DeliveryView; eventLabel: string }) {
  const t = useTranslations("activity");
  const errorMessage = useErrorMessage();
  const retry = useRetryDelivery(accountId);
  const describedBy = `delivery-${delivery.id}`;
  // The visible name stays "Retry"; which delivery it retries is its description.
  return (
    <>
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
    <span id={describedBy} className="sr-only">
      {eventLabel}
    </span>
    </>
  );
}

/**
 * An account's REST-hook subscriptions and its last 50 deliveries, inside the View dialog.
 * Admins can retry a failed delivery.
 */
export function AccountActivity({ accountId, canManage }: { accountId: string; canManage: boolean }) {
  const t = useTranslations("activity");
  const tc = useTranslations("common");
  const format = useFormatter();
  const eventLabel = useEventLabel();
  const errorMessage = useErrorMessage();
  const hooks = useAccountHooks(accountId);
  const deliveries = useAccountDeliveries(accountId);
  const when = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "medium", timeStyle: "short" });

  const failedToLoad = hooks.error ?? deliveries.error;
  return (
    <section aria-labelledby={`activity-${accountId}`} className="mt-6 space-y-4 border-t border-slate-200 pt-5">
      <div>
        <h3 id={`activity-${accountId}`} className="text-sm font-semibold text-slate-900">
          {t("title")}
        </h3>
        <p className="text-sm text-slate-600">{t("description")}</p>
      </div>

      {failedToLoad ? (
        <ErrorNotice
          error={failedToLoad}
          message={`${t("loadError")} ${errorMessage(failedToLoad)}`}
          action={
            <Button variant="secondary" size="sm" onClick={() => void Promise.all([hooks.refetch(), deliveries.refetch()])}>
              {tc("retry")}
            </Button>
          }
        />
      ) : null}

      <ActivitySection
        heading={t("subscriptions")}
        loadingLabel={t("loading")}
        items={hooks.data}
        pending={hooks.isPending}
        empty={t("noSubscriptions")}
        caption={t("subscriptionsCaption")}
        maxHeight="max-h-48"
        head={
          <>
            <th scope="col" className={th}>{t("event")}</th>
            <th scope="col" className={cn(th, "hidden sm:table-cell")}>{t("target")}</th>
            <th scope="col" className={th}>{t("created")}</th>
          </>
        }
        row={(hook) => (
          <tr key={hook.id}>
            <td className="px-3 py-2 text-slate-900">{eventLabel(hook.event)}</td>
            <td className="hidden max-w-56 truncate px-3 py-2 font-mono text-xs text-slate-600 sm:table-cell" title={hook.targetUrl}>
              {hook.targetUrl}
            </td>
            <td className="px-3 py-2 whitespace-nowrap text-slate-700">
              <time dateTime={hook.createdAt}>{when(hook.createdAt)}</time>
            </td>
          </tr>
        )}
      />

      <ActivitySection
        heading={t("deliveries")}
        loadingLabel={t("loading")}
        items={deliveries.data}
        pending={deliveries.isPending}
        empty={t("noDeliveries")}
        caption={t("deliveriesCaption")}
        maxHeight="max-h-64"
        head={
          <>
            <th scope="col" className={th}>{t("event")}</th>
            <th scope="col" className={th}>{t("status")}</th>
            <th scope="col" className={th}>{t("code")}</th>
            <th scope="col" className={cn(th, "hidden sm:table-cell")}>{t("time")}</th>
            {canManage ? (
              <th scope="col" className={th}>
                <span className="sr-only">{t("retry")}</span>
              </th>
            ) : null}
          </>
        }
        row={(d) => {
          const label = d.kind === "UNSUBSCRIBE" ? t("unsubscribeNotice") : eventLabel(d.event);
          return (
            <tr key={d.id}>
              <td className="px-3 py-2 text-slate-900">
                {label}
                <span className="block text-xs text-slate-500">
                  {t("attempts")}: {d.attempts}
                </span>
              </td>
              <td className="px-3 py-2">
                <span className={cn("inline-flex rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset", BADGE[d.status])}>
                  {t(`statuses.${d.status}`)}
                </span>
                {d.status === "FAILED" && d.lastError ? (
                  <span className="block max-w-48 truncate text-xs text-slate-600" title={d.lastError}>
                    {d.lastError}
                  </span>
                ) : null}
                {d.status === "PENDING" && d.nextAttemptAt && d.attempts > 0 ? (
                  <span className="block text-xs text-slate-600">{t("nextAttempt", { time: when(d.nextAttemptAt) })}</span>
                ) : null}
              </td>
              <td className="px-3 py-2 font-mono text-xs text-slate-700">{d.lastStatusCode ?? "—"}</td>
              <td className="hidden px-3 py-2 whitespace-nowrap text-slate-700 sm:table-cell">
                <time dateTime={d.deliveredAt ?? d.updatedAt}>{when(d.deliveredAt ?? d.updatedAt)}</time>
              </td>
              {canManage ? (
                <td className="px-3 py-2 text-right">
                  {d.status === "FAILED" ? <RetryButton accountId={accountId} delivery={d} eventLabel={label} /> : null}
                </td>
              ) : null}
            </tr>
          );
        }}
      />
    </section>
  );
}
