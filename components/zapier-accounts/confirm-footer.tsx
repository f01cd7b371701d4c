"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { AlertDialogCancel, DialogFooter } from "@/components/ui/dialog";

interface ConfirmFooterProps {
  pending: boolean;
  /** Not yet confirmable (e.g. the name still has to be typed). */
  disabled?: boolean;
  onConfirm: () => void;
  confirmLabel: string;
  pendingLabel: string;
}

/** Cancel + a red confirm button, both disabled while the request runs: the foot of every destructive dialog. */
export function ConfirmFooter({ pending, disabled = false, onConfirm, confirmLabel, pendingLabel }: ConfirmFooterProps) {
  const tc = useTranslations("common");
  return (
    <DialogFooter>
      <AlertDialogCancel asChild>
        <Button variant="secondary" disabled={pending}>
          {tc("cancel")}
        </Button>
      </AlertDialogCancel>
      <Button variant="danger" onClick={onConfirm} disabled={pending || disabled}>
        {pending ? pendingLabel : confirmLabel}
      </Button>
    </DialogFooter>
  );
}
