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
  const tt = useTranslations("zapier.table");
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
              {/* The table's own words: "Created", "Last used" and "Never". */}
              <dl className="mt-2 flex flex-wrap gap-x-6 gap-y-1 text-sm">
                <div className="flex gap-1.5">
                  <dt className="text-slate-600">{tt("created")}</dt>
                  <dd className="text-slate-900">
                    <time dateTime={account.createdAt}>{when(account.createdAt)}</time>
                  </dd>
                </div>
                <div className="flex gap-1.5">
                  <dt className="text-slate-600">{tt("lastUsed")}</dt>
                  <dd className="text-slate-900">
                    {account.lastUsedAt ? <time dateTime={account.lastUsedAt}>{when(account.lastUsedAt)}</time> : tc("never")}
                  </dd>
                </div>
              </dl>
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
