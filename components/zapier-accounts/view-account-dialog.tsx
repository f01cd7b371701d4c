"use client";

import { useFormatter, useTranslations } from "next-intl";
import { AccountActivity } from "@/components/zapier-activity/account-activity";
import { Button } from "@/components/ui/button";
import { Dialog, DialogBody, DialogClose, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import type { ZapierAccountDto } from "@/lib/zapier-accounts/schemas";
import { CredentialsPanel, ZapierSteps } from "./credentials-panel";

interface Props {
  account: ZapierAccountDto | null;
  isAdmin: boolean;
  onOpenChange: (open: boolean) => void;
  onCloseAutoFocus: (event: Event) => void;
}

export function ViewAccountDialog({ account, isAdmin, onOpenChange, onCloseAutoFocus }: Props) {
  const t = useTranslations("zapier.viewDialog");
  const tc = useTranslations("common");
  const format = useFormatter();
  const when = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "medium", timeStyle: "short" });
  return (
    <Dialog open={account !== null} onOpenChange={onOpenChange}>
      <DialogContent width="lg" onCloseAutoFocus={onCloseAutoFocus}>
        {account ? (
          <>
            <DialogHeader>
              <DialogTitle>{t("title", { name: account.name })}</DialogTitle>
              <DialogDescription>{t("description")}</DialogDescription>
              <p className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-600">
                <span>{t("created", { time: when(account.createdAt) })}</span>
                <span>{account.lastUsedAt ? t("lastUsed", { time: when(account.lastUsedAt) }) : t("neverUsed")}</span>
              </p>
            </DialogHeader>
            <DialogBody className="pb-6">
              {/* Keyed by account: a revealed token never carries over to another account. */}
              <CredentialsPanel key={account.id} account={account} isAdmin={isAdmin} />
              <ZapierSteps />
              <AccountActivity accountId={account.id} canManage={isAdmin} />
            </DialogBody>
            <DialogFooter>
              <DialogClose asChild>
                <Button variant="secondary">{tc("close")}</Button>
              </DialogClose>
            </DialogFooter>
          </>
        ) : null}
      </DialogContent>
    </Dialog>
  );
}
