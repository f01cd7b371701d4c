"use client";

import { useTranslations } from "next-intl";
import { useId, useRef, useState } from "react";
import { toast } from "@/components/ui/toast";
import { AlertDialog, AlertDialogContent, AlertDialogDescription, AlertDialogTitle, DialogBody, DialogHeader } from "@/components/ui/dialog";
import { Input } from "@/components/ui/field";
import { ImpactText, useImpact } from "./impact";
import { useDeleteZapierAccount } from "@/lib/zapier-accounts/hooks";
import type { ZapierAccountDto } from "@/lib/zapier-accounts/schemas";
import { ConfirmFooter } from "./confirm-footer";
import { ErrorNotice } from "./error-notice";
import { useErrorMessage } from "./use-error-message";

interface Props {
  account: ZapierAccountDto | null;
  onOpenChange: (open: boolean) => void;
  onCloseAutoFocus: (event: Event) => void;
  /** After the account is gone (the account page goes back to the list). */
  onDeleted?: () => void;
}

export function DeleteAccountDialog({ account, onOpenChange, onCloseAutoFocus, onDeleted }: Props) {
  const remove = useDeleteZapierAccount();
  return (
    <AlertDialog
      open={account !== null}
      onOpenChange={(next) => {
        if (!next && remove.isPending) return;
        onOpenChange(next);
        if (!next) remove.reset();
      }}
    >
      <AlertDialogContent onCloseAutoFocus={onCloseAutoFocus} onEscapeKeyDown={(e) => remove.isPending && e.preventDefault()}>
        {account ? <ConfirmDelete
            account={account}
            remove={remove}
            onDone={() => {
              onOpenChange(false);
              onDeleted?.();
            }}
          /> : null}
      </AlertDialogContent>
    </AlertDialog>
  );
}

interface ConfirmProps {
  account: ZapierAccountDto;
  remove: ReturnType<typeof useDeleteZapierAccount>;
  onDone: () => void;
}

function ConfirmDelete({ account, remove, onDone }: ConfirmProps) {
  const t = useTranslations("zapier.deleteDialog");
  const errorMessage = useErrorMessage();
  const [error, setError] = useState<unknown>(null);
  const submitting = useRef(false);
  const pending = remove.isPending;
  const impact = useImpact(account);
  const [typed, setTyped] = useState("");
  const id = useId();
  // With live Zaps, the name must be typed first: a slip of the hand cannot break them.
  const needsName = impact.subscriptions > 0;
  const blocked = !impact.ready || (needsName && typed.trim() !== account.name);

  function confirm() {
    if (submitting.current || blocked) return;
    submitting.current = true;
    setError(null);
    remove.mutate(account.id, {
      onSuccess: () => {
        toast.success(t("toast"));
        onDone();
      },
      onError: setError,
      onSettled: () => {
        submitting.current = false;
      },
    });
  }

  return (
    <>
      <DialogHeader>
        <AlertDialogTitle>{t("title", { name: account.name })}</AlertDialogTitle>
      </DialogHeader>
      <DialogBody className="space-y-3 pb-5">
        <AlertDialogDescription>{t("description", { name: account.name })}</AlertDialogDescription>
        <ImpactText account={account} impact={impact} />
        <p className="text-sm font-medium text-red-800">{t("irreversible")}</p>
        {needsName ? (
          <fieldset disabled={pending}>
            <label htmlFor={`${id}-confirm`} className="block text-sm font-medium text-slate-800">
              {t("typeName", { name: account.name })}
            </label>
            <Input
              id={`${id}-confirm`}
              className="mt-1.5"
              value={typed}
              onChange={(e) => setTyped(e.target.value)}
              autoComplete="off"
              spellCheck={false}
              onKeyDown={(e) => {
                if (e.key === "Enter") {
                  e.preventDefault();
                  confirm();
                }
              }}
            />
          </fieldset>
        ) : null}
        {error ? <ErrorNotice error={error} message={errorMessage(error)} /> : null}
      </DialogBody>
      <ConfirmFooter pending={pending} disabled={blocked} onConfirm={confirm} confirmLabel={t("confirm")} pendingLabel={t("submitting")} />
    </>
  );
}
