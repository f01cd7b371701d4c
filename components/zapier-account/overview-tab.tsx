"use client";

import { CircleAlert, CircleCheck, PlugZap } from "lucide-react";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { Skeleton } from "@/components/ui/skeleton";
import { RelativeTime } from "@/components/ui/relative-time";
import { CredentialsPanel, ZapierSteps } from "@/components/zapier-accounts/credentials-panel";
import { useErrorMessage } from "@/components/zapier-accounts/use-error-message";
import { useAccountConnection, useTestConnection } from "@/lib/zapier-accounts/hooks";
import type { ZapierAccountDto } from "@/lib/zapier-accounts/schemas";
import type { TestConnectionResult } from "@/lib/zapier-accounts/views";
import { Section } from "./section";

export function OverviewTab({ account, isAdmin }: { account: ZapierAccountDto; isAdmin: boolean }) {
  const t = useTranslations("zapier.account");
  return (
    <div className="space-y-6">
      <Section title={t("credentials")}>
        <CredentialsPanel key={account.id} account={account} isAdmin={isAdmin} />
      </Section>
      <Connection account={account} isAdmin={isAdmin} />
      <Section title={t("finishTitle")}>
        <ZapierSteps flow={account.lastUsedAt ? "reconnect" : "add"} isAdmin={isAdmin} accountName={account.name} bare />
      </Section>
    </div>
  );
}

function Connection({ account, isAdmin }: { account: ZapierAccountDto; isAdmin: boolean }) {
  const t = useTranslations("zapier.account");
  const connection = useAccountConnection(account.id);
  const test = useTestConnection(account.id);
  const errorMessage = useErrorMessage();
  const [result, setResult] = useState<TestConnectionResult | { failed: string } | null>(null);
  const statusId = useId();
  const last = connection.data?.lastCall ?? null;

  return (
    <Section title={t("connection")}>
      <dl className="text-sm">
        <dt className="font-medium text-slate-800">{t("lastCall")}</dt>
        <dd className="mt-1 text-slate-700">
          {connection.isPending ? (
            <Skeleton className="h-5 w-64" />
          ) : last ? (
            <span className="flex flex-wrap items-baseline gap-x-2 gap-y-1">
              <RelativeTime iso={last.at} />
              {last.ip ? <span>{t("fromAddress", { ip: last.ip })}</span> : null}
              {last.path ? <code className="rounded bg-slate-100 px-1.5 py-0.5 font-mono text-xs break-all">{`${last.method ?? ""} ${last.path}`.trim()}</code> : null}
            </span>
          ) : (
            t("noCall")
          )}
        </dd>
      </dl>
      {isAdmin ? (
        <div className="mt-4 flex flex-col gap-3 sm:flex-row sm:items-center">
          <Button
            variant="secondary"
            disabled={test.isPending}
            aria-describedby={result ? statusId : undefined}
            onClick={() => {
              setResult(null);
              test.mutate(undefined, {
                onSuccess: ({ result: r }) => {
                  setResult(r);
                  void connection.refetch();
                },
                onError: (error) => setResult({ failed: errorMessage(error) }),
              });
            }}
          >
            <PlugZap aria-hidden className="h-4 w-4" />
            {test.isPending ? t("testing") : t("testConnection")}
          </Button>
          <div id={statusId} role="status" className="text-sm">
            {result ? <TestOutcome result={result} /> : null}
          </div>
        </div>
      ) : null}
    </Section>
  );
}

function TestOutcome({ result }: { result: TestConnectionResult | { failed: string } }) {
  const t = useTranslations("zapier.account");
  if ("failed" in result) {
    return (
      <p className="flex items-start gap-1.5 text-red-800">
        <CircleAlert aria-hidden className="mt-0.5 h-4 w-4 shrink-0" />
        {result.failed}
      </p>
    );
  }
  if (result.ok) {
    return (
      <p className="flex items-start gap-1.5 text-green-800">
        <CircleCheck aria-hidden className="mt-0.5 h-4 w-4 shrink-0" />
        {t("testOk", { status: result.status ?? 200, ms: result.durationMs })}
      </p>
    );
  }
  const reason =
    result.status === null
      ? t("testUnreachable")
      : result.status === 401
        ? t("testRefused")
        : result.status === 429
          ? t("testThrottled")
          : t("testOther", { status: result.status });
  return (
    <p className="flex items-start gap-1.5 text-red-800">
      <CircleAlert aria-hidden className="mt-0.5 h-4 w-4 shrink-0" />
      {t("testFailed", { reason })}
    </p>
  );
}
