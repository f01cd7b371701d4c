"use client";

import { TriangleAlert } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import { useId, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import {
  AlertDialog,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogTitle,
  DialogBody,
  DialogFooter,
  DialogHeader,
} from "@/components/ui/dialog";
import { useRegenerateZapierToken } from "@/lib/zapier-accounts/hooks";
import { GRACE_PERIODS, type GraceSeconds } from "@/lib/zapier-accounts/rules";
import type { ZapierAccountDto } from "@/lib/zapier-accounts/schemas";
import { CredentialsPanel, ZapierSteps } from "./credentials-panel";
import { ConfirmFooter } from "./confirm-footer";
import { ErrorNotice } from "./error-notice";
import { ImpactText, useImpact } from "./impact";
import { SuccessNotice } from "./success-notice";
import { useErrorMessage } from "./use-error-message";

interface Props {
  account: ZapierAccountDto | null;
  onOpenChange: (open: boolean) => void;
  onCloseAutoFocus: (event: Event) => void;
}

type Result = { account: ZapierAccountDto; appToken: string; graceSeconds: GraceSeconds };

export function RegenerateTokenDialog({ account, onOpenChange, onCloseAutoFocus }: Props) {
  const regenerate = useRegenerateZapierToken();
  const [result, setResult] = useState<Result | null>(null);
  // The new token must not vanish unseen: while the request runs and once it is shown, Escape does nothing.
  const locked = regenerate.isPending || result !== null;
  return (
    <AlertDialog
      open={account !== null}
      onOpenChange={(next) => {
        if (!next && regenerate.isPending) return;
        onOpenChange(next);
        if (!next) {
          setResult(null);
          regenerate.reset();
        }
      }}
    >
      <AlertDialogContent
        width={result ? "lg" : "md"}
        onCloseAutoFocus={onCloseAutoFocus}
        onEscapeKeyDown={(e) => locked && e.preventDefault()}
      >
        {account && result ? (
          <Done result={result} />
        ) : account ? (
          <Confirm account={account} regenerate={regenerate} onDone={setResult} />
        ) : null}
      </AlertDialogContent>
    </AlertDialog>
  );
}

interface ConfirmProps {
  account: ZapierAccountDto;
  regenerate: ReturnType<typeof useRegenerateZapierToken>;
  onDone: (result: Result) => void;
}

function Confirm({ account, regenerate, onDone }: ConfirmProps) {
  const t = useTranslations("zapier.regenerateDialog");
  const impact = useImpact(account);
  // The default grace period depends on live data: wait for it rather than flip the choice later.
  if (!impact.ready) {
    return (
      <>
        <DialogHeader>
          <AlertDialogTitle>{t("title", { name: account.name })}</AlertDialogTitle>
        </DialogHeader>
        <DialogBody className="pb-5">
          <ImpactText account={account} impact={impact} />
        </DialogBody>
        <ConfirmFooter pending={false} disabled onConfirm={() => {}} confirmLabel={t("confirm")} pendingLabel={t("submitting")} />
      </>
    );
  }
  return <ConfirmReady account={account} regenerate={regenerate} onDone={onDone} impact={impact} />;
}

function ConfirmReady({ account, regenerate, onDone, impact }: ConfirmProps & { impact: ReturnType<typeof useImpact> }) {
  const t = useTranslations("zapier.regenerateDialog");
  const format = useFormatter();
  const errorMessage = useErrorMessage();
  const [grace, setGrace] = useState<GraceSeconds>(impact.inUse ? 3600 : 0);
  const [error, setError] = useState<unknown>(null);
  const submitting = useRef(false);
  const id = useId();
  const pending = regenerate.isPending;

  function confirm() {
    if (submitting.current) return;
    submitting.current = true;
    setError(null);
    regenerate.mutate(
      { id: account.id, graceSeconds: grace },
      {
        // No toast: the dialog itself says "New App Token issued".
        onSuccess: (data) => onDone({ ...data, graceSeconds: grace }),
        onError: setError,
        onSettled: () => {
          submitting.current = false;
        },
      },
    );
  }

  return (
    <>
      <DialogHeader>
        <AlertDialogTitle>{t("title", { name: account.name })}</AlertDialogTitle>
      </DialogHeader>
      <DialogBody className="space-y-4 pb-5">
        <div className="flex items-start gap-2 rounded-md border border-amber-200 bg-amber-50 px-3 py-2.5">
          <TriangleAlert aria-hidden className="mt-0.5 h-4 w-4 shrink-0 text-amber-700" />
          <AlertDialogDescription className="text-amber-900">{t("warning")}</AlertDialogDescription>
        </div>
        <ImpactText account={account} impact={impact} />
        {account.previousTokenExpiresAt ? (
          <p className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-900">
            {t("previousStops", { time: format.dateTime(new Date(account.previousTokenExpiresAt), { dateStyle: "medium", timeStyle: "medium" }) })}
          </p>
        ) : null}
        <fieldset disabled={pending}>
          <legend className="text-sm font-medium text-slate-800">{t("graceLegend")}</legend>
          <div className="mt-2 grid gap-2 sm:grid-cols-3">
            {GRACE_PERIODS.map((seconds) => (
              <label
                key={seconds}
                htmlFor={`${id}-${seconds}`}
                className="flex cursor-pointer items-center gap-2 rounded-md border border-slate-300 px-3 py-2 text-sm text-slate-800 has-checked:border-blue-600 has-checked:bg-blue-50"
              >
                <input
                  id={`${id}-${seconds}`}
                  type="radio"
                  name={`${id}-grace`}
                  value={seconds}
                  checked={grace === seconds}
                  onChange={() => setGrace(seconds)}
                  className="accent-blue-700"
                />
                {t(`grace.${seconds}`)}
              </label>
            ))}
          </div>
        </fieldset>
        {error ? <ErrorNotice error={error} message={errorMessage(error)} /> : null}
      </DialogBody>
      <ConfirmFooter pending={pending} onConfirm={confirm} confirmLabel={t("confirm")} pendingLabel={t("submitting")} />
    </>
  );
}

function Done({ result }: { result: Result }) {
  const t = useTranslations("zapier.regenerateDialog");
  const tc = useTranslations("common");
  const format = useFormatter();
  const expires = result.account.previousTokenExpiresAt;
  return (
    <>
      <DialogHeader>
        <AlertDialogTitle>{t("title", { name: result.account.name })}</AlertDialogTitle>
        {/* Same title as the confirmation step: the alert dialog keeps one accessible name. */}
        <SuccessNotice title={t("doneTitle")}>
          <AlertDialogDescription className="mt-1">
            {expires
              ? t("doneGrace", { time: format.dateTime(new Date(expires), { dateStyle: "medium", timeStyle: "short" }) })
              : t("doneNow")}
          </AlertDialogDescription>
        </SuccessNotice>
      </DialogHeader>
      <DialogBody>
        <CredentialsPanel account={{ ...result.account, previousTokenExpiresAt: null }} issuedToken={result.appToken} isAdmin />
        <ZapierSteps flow="reconnect" accountName={result.account.name} />
      </DialogBody>
      <DialogFooter>
        <AlertDialogCancel asChild>
          <Button>{tc("close")}</Button>
        </AlertDialogCancel>
      </DialogFooter>
    </>
  );
}
