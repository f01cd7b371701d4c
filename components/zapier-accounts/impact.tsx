"use client";

import { useFormatter, useNow, useTranslations } from "next-intl";
import { Skeleton } from "@/components/ui/skeleton";
import { useSubscriptions } from "@/lib/zapier-accounts/hooks";
import type { ZapierAccountDto } from "@/lib/zapier-accounts/schemas";
import { useEventLabel } from "./event-label";

const DAY_MS = 24 * 60 * 60 * 1000;

/** What regenerating or deleting would break, from live data: the subscribed Zaps and the last use. */
export function useImpact(account: ZapierAccountDto) {
  const hooks = useSubscriptions(account.id);
  const now = useNow();
  const live = hooks.data ?? [];
  const usedRecently = account.lastUsedAt !== null && now.getTime() - new Date(account.lastUsedAt).getTime() < DAY_MS;
  return {
    ready: !hooks.isPending,
    subscriptions: live.length,
    triggers: [...new Set(live.map((h) => h.event))],
    /** Zaps are live or Zapier called in the last 24 h: a grace period is the safe default. */
    inUse: live.length > 0 || usedRecently,
  };
}

export function ImpactText({ account, impact }: { account: ZapierAccountDto; impact: ReturnType<typeof useImpact> }) {
  const t = useTranslations("zapier.impact");
  const tc = useTranslations("common");
  const format = useFormatter();
  const now = useNow({ updateInterval: 30_000 });
  const eventLabel = useEventLabel();
  if (!impact.ready) return <Skeleton className="h-5 w-full" />;
  const lastUsed = account.lastUsedAt ? format.relativeTime(new Date(account.lastUsedAt), now) : tc("never").toLowerCase();
  const triggers = format.list(impact.triggers.map(eventLabel), { type: "conjunction" });
  return (
    <p className="text-sm font-medium text-slate-900">
      {impact.subscriptions > 0
        ? t("subscribed", { count: impact.subscriptions, triggers, lastUsed })
        : t("noneSubscribed", { lastUsed })}
    </p>
  );
}
