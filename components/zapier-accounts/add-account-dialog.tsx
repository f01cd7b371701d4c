"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogBody, DialogClose, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { useCreateZapierAccount } from "@/lib/zapier-accounts/hooks";
import type { ZapierAccountDto } from "@/lib/zapier-accounts/schemas";
import { AccountNameForm } from "./account-name-form";
import { CredentialsPanel, ZapierSteps } from "./credentials-panel";
import { SuccessNotice } from "./success-notice";

interface Props {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onCloseAutoFocus: (event: Event) => void;
}

export function AddAccountDialog({ open, onOpenChange, onCloseAutoFocus }: Props) {
  const [created, setCreated] = useState<{ account: ZapierAccountDto; appToken: string } | null>(null);
  const create = useCreateZapierAccount();
  // While the request runs, and once the credentials are on screen, only a button closes the dialog.
  const locked = create.isPending || created !== null;
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        if (!next && create.isPending) return;
        onOpenChange(next);
        if (!next) {
          setCreated(null);
          create.reset();
        }
      }}
    >
      <DialogContent
        width={created ? "lg" : "md"}
        onCloseAutoFocus={onCloseAutoFocus}
        onEscapeKeyDown={(e) => locked && e.preventDefault()}
        onInteractOutside={(e) => locked && e.preventDefault()}
      >
        {created ? <Created {...created} /> : <AddForm create={create} onCreated={setCreated} />}
      </DialogContent>
    </Dialog>
  );
}

interface AddFormProps {
  create: ReturnType<typeof useCreateZapierAccount>;
  onCreated: (result: { account: ZapierAccountDto; appToken: string }) => void;
}

function AddForm({ create, onCreated }: AddFormProps) {
  const t = useTranslations("zapier.addDialog");
  return (
    <AccountNameForm
      labels={{ title: t("title"), description: t("description"), submit: t("confirm"), submitting: t("submitting") }}
      pending={create.isPending}
      onSubmit={(name, callbacks) => {
        // No toast: the dialog itself says "Zapier account added" and shows the credentials, and
        // the same sentence twice on screen would be noise (and ambiguous to find).
        create.mutate(name, { ...callbacks, onSuccess: onCreated });
        return true;
      }}
    />
  );
}

function Created({ account, appToken }: { account: ZapierAccountDto; appToken: string }) {
  const t = useTranslations("zapier.addDialog");
  const tc = useTranslations("common");
  return (
    <>
      <DialogHeader>
        <DialogTitle>{t("title")}</DialogTitle>
        {/* Same title as the form step: the dialog keeps one accessible name through the flow. */}
        <SuccessNotice title={t("successTitle")}>
          <DialogDescription>{t("successDescription", { name: account.name })}</DialogDescription>
        </SuccessNotice>
      </DialogHeader>
      <DialogBody>
        <CredentialsPanel account={account} issuedToken={appToken} isAdmin />
        <ZapierSteps />
      </DialogBody>
      <DialogFooter>
        <DialogClose asChild>
          <Button>{tc("close")}</Button>
        </DialogClose>
      </DialogFooter>
    </>
  );
}
