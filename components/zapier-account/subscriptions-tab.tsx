"use client";

import { Send } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { DataTable } from "@/components/ui/data-table";
import { RelativeTime } from "@/components/ui/relative-time";
import { Skeleton } from "@/components/ui/skeleton";
import { useEventLabel } from "@/components/zapier-accounts/event-label";
import { ErrorNotice } from "@/components/zapier-accounts/error-notice";
import { useErrorMessage } from "@/components/zapier-accounts/use-error-message";
import { useSendTestEvent, useSubscriptions } from "@/lib/zapier-accounts/hooks";
import type { SubscriptionView } from "@/lib/zapier-accounts/views";
import { StatusBadge } from "./badges";
import { Section } from "./section";

type Sent = { deliveryId: string } | { error: string };

export function SubscriptionsTab({ accountId, isAdmin }: { accountId: string; isAdmin: boolean }) {
  const t = useTranslations("zapier.account");
  const ta = useTranslations("activity");
  const tc = useTranslations("common");
  const eventLabel = useEventLabel();
  const errorMessage = useErrorMessage();
  const [sent, setSent] = useState<Record<string, Sent>>({});
  const waiting = (hooks: SubscriptionView[] | undefined) =>
    Object.entries(sent).some(([hookId, s]) => {
      if (!("deliveryId" in s)) return false;
      const hook = hooks?.find((h) => h.id === hookId);
      return !hook?.lastDelivery || hook.lastDelivery.id !== s.deliveryId || hook.lastDelivery.status === "PENDING";
    });
  const hooks = useSubscriptions(accountId, { watch: waiting });
  const send = useSendTestEvent(accountId);

  function outcome(hook: SubscriptionView): string | null {
    const s = sent[hook.id];
    if (!s) return null;
    if ("error" in s) return s.error;
    const last = hook.lastDelivery;
    if (!last || last.id !== s.deliveryId || last.status === "PENDING") return t("testSending");
    return last.status === "DELIVERED" ? t("testDelivered", { status: last.statusCode ?? 200 }) : t("testEventFailed", { status: last.statusCode ?? "—" });
  }

  return (
    <Section title={t("subscriptions")} description={t("subscriptionsDescription")} flush>
      {hooks.isPending ? (
        <div role="status" aria-label={ta("loading")} className="space-y-2 p-4">
          <Skeleton className="h-5 w-full" />
          <Skeleton className="h-5 w-2/3" />
        </div>
      ) : hooks.isError && !hooks.data ? (
        <div className="p-4">
          <ErrorNotice
            error={hooks.error}
            message={`${ta("loadError")} ${errorMessage(hooks.error)}`}
            action={
              <Button variant="secondary" size="sm" onClick={() => void hooks.refetch()}>
                {tc("retry")}
              </Button>
            }
          />
        </div>
      ) : hooks.data.length === 0 ? (
        <p className="p-4 text-sm text-slate-600">{ta("noSubscriptions")}</p>
      ) : (
        <DataTable
          caption={ta("subscriptionsCaption")}
          rows={hooks.data}
          rowKey={(h) => h.id}
          rowHeader
          columns={[
            { key: "trigger", header: t("trigger"), cell: (h) => eventLabel(h.event) },
            { key: "target", header: ta("target"), cell: (h) => <span className="font-mono text-xs break-all">{h.targetUrl}</span> },
            { key: "created", header: ta("created"), cell: (h) => <RelativeTime iso={h.createdAt} /> },
            {
              key: "last",
              header: t("lastDelivery"),
              cell: (h) =>
                h.lastDelivery ? (
                  <span className="flex flex-wrap items-center gap-2">
                    <StatusBadge status={h.lastDelivery.status} />
                    {h.lastDelivery.statusCode ? <span className="font-mono text-xs">HTTP {h.lastDelivery.statusCode}</span> : null}
                    <RelativeTime iso={h.lastDelivery.at} className="text-xs" />
                  </span>
                ) : (
                  <span className="text-slate-600">{t("noDeliveryYet")}</span>
                ),
            },
            ...(isAdmin
              ? [
                  {
                    key: "test",
                    header: t("actions"),
                    srOnlyHeader: true,
                    className: "md:text-right",
                    cell: (h: SubscriptionView, where: "card" | "table") => {
                      const text = outcome(h);
                      const labelId = `test-${where}-${h.id}`;
                      return (
                        <div className="flex flex-col items-start gap-1 md:items-end">
                          <Button
                            variant="secondary"
                            size="sm"
                            aria-describedby={labelId}
                            disabled={send.isPending && send.variables === h.id}
                            onClick={() =>
                              send.mutate(h.id, {
                                onSuccess: ({ deliveryId }) => setSent((m) => ({ ...m, [h.id]: { deliveryId } })),
                                onError: (error) => setSent((m) => ({ ...m, [h.id]: { error: errorMessage(error) } })),
                              })
                            }
                          >
                            <Send aria-hidden className="h-3.5 w-3.5" />
                            {t("sendTestEvent")}
                          </Button>
                          <span id={labelId} className="sr-only">
                            {eventLabel(h.event)}
                          </span>
                          <span role="status" className="text-xs text-slate-700">
                            {text}
                          </span>
                        </div>
                      );
                    },
                  },
                ]
              : []),
          ]}
        />
      )}
    </Section>
  );
}
