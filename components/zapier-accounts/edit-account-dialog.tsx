"use client";

import { useTranslations } from "next-intl";
import { toast } from "@/components/ui/toast";
import { Dialog, DialogContent } from "@/components/ui/dialog";
import { useRenameZapierAccount } from "@/lib/zapier-accounts/hooks";
import type { ZapierAccountDto } from "@/lib/zapier-accounts/schemas";
import { AccountNameForm } from "./account-name-form";

interface Props {
  account: ZapierAccountDto | null;
  onOpenChange: (open: boolean) => void;
  onCloseAutoFocus: (event: Event) => void;
}

export function EditAccountDialog({ account, onOpenChange, onCloseAutoFocus }: Props) {
  const rename = useRenameZapierAccount();
  return (
    <Dialog
      open={account !== null}
      onOpenChange={(next) => {
        if (!next && rename.isPending) return;
        onOpenChange(next);
        if (!next) rename.reset();
      }}
    >
      <DialogContent onCloseAutoFocus={onCloseAutoFocus}>
        {account ? <EditForm account={account} rename={rename} onDone={() => onOpenChange(false)} /> : null}
      </DialogContent>
    </Dialog>
  );
}

interface EditFormProps {
  account: ZapierAccountDto;
  rename: ReturnType<typeof useRenameZapierAccount>;
  onDone: () => void;
}

function EditForm({ account, rename, onDone }: EditFormProps) {
  const t = useTranslations("zapier.editDialog");
  return (
    <AccountNameForm
      labels={{ title: t("title"), description: t("description"), submit: t("save"), submitting: t("saving") }}
      initialName={account.name}
      pending={rename.isPending}
      onSubmit={(name, callbacks) => {
        // The server stores names trimmed and NFC-normalised: an unchanged name needs no request.
        if (name.trim().normalize("NFC") === account.name) {
          onDone();
          return false;
        }
        rename.mutate(
          { id: account.id, name },
          {
            ...callbacks,
            onSuccess: () => {
              toast.success(t("toast"));
              onDone();
            },
          },
        );
        return true;
      }}
    />
  );
}
