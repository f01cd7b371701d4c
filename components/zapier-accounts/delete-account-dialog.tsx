"use client";

import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { toast } from "sonner";
import { AlertDialog, AlertDialogContent, AlertDialogDescription, AlertDialogTitle, DialogBody, DialogHeader } from "@/components/ui/dialog";
import { useDeleteZapierAccount } from "@/lib/zapier-accounts/hooks";
import type { ZapierAccountDto } from "@/lib/zapier-accounts/schemas";
import { ConfirmFooter } from "./confirm-footer";
import { ErrorNotice } from "./error-notice";
import { useErrorMessage } from "./use-error-message";

interface Props {
  account: ZapierAccountDto | null;
  onOpenChange: (open: boolean) => void;
  onCloseAutoFocus: (event: Event) => void;
}

export function DeleteAccountDialog({ account, onOpenChange, onCloseAutoFocus }: Props) {
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
        {account ? <ConfirmDelete account={account} remove={remove} onDone={() => onOpenChange(false)} /> : null}
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

  function confirm() {
    if (submitting.current) return;
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
        <p className="text-sm font-medium text-red-800">{t("irreversible")}</p>
        {error ? <ErrorNotice error={error} message={errorMessage(error)} /> : null}
      </DialogBody>
      <ConfirmFooter pending={pending} onConfirm={confirm} confirmLabel={t("confirm")} pendingLabel={t("submitting")} />
    </>
  );
}
