"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { AlertDialogCancel, DialogFooter } from "@/components/ui/dialog";

interface ConfirmFooterProps {
  pending: boolean;
  onConfirm: () => void;
  confirmLabel: string;
  pendingLabel: string;
}

/** Cancel + a red confirm button, both disabled while the request runs: the foot of every destructive dialog. */
export function ConfirmFooter({ pending, onConfirm, confirmLabel, pendingLabel }: ConfirmFooterProps) {
  const tc = useTranslations("common");
  return (
    <DialogFooter>
      <AlertDialogCancel asChild>
        <Button variant="secondary" disabled={pending}>
          {tc("cancel")}
        </Button>
      </AlertDialogCancel>
      <Button variant="danger" onClick={onConfirm} disabled={pending}>
        {pending ? pendingLabel : confirmLabel}
      </Button>
    </DialogFooter>
  );
}
