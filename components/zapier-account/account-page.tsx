"use client";

import dynamic from "next/dynamic";
import { usePathname, useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Tabs } from "radix-ui";
import { useRef, useState } from "react";
import { useZapierAccount } from "@/lib/zapier-accounts/hooks";
import type { AccountResponse } from "@/lib/zapier-accounts/schemas";
import { AccountHeader } from "./account-header";
import { OverviewTab } from "./overview-tab";
import { Section } from "./section";
import { ACCOUNT_TABS, type AccountTab } from "./tabs";

// Only the shown tab renders; the others' code loads when one is first opened (or with the page
// when the URL names it: the server renders it and Next preloads its chunk).
const SubscriptionsTab = dynamic(() => import("./subscriptions-tab").then((m) => m.SubscriptionsTab));
const DeliveriesTab = dynamic(() => import("./deliveries-tab").then((m) => m.DeliveriesTab));
const RequestsTab = dynamic(() => import("./requests-tab").then((m) => m.RequestsTab));
const AuditLog = dynamic(() => import("@/components/zapier-accounts/audit-log").then((m) => m.AuditLog));

// The dialogs load when first opened: they are not part of the page's first JavaScript.
const RegenerateTokenDialog = dynamic(() => import("@/components/zapier-accounts/regenerate-token-dialog").then((m) => m.RegenerateTokenDialog));
const DeleteAccountDialog = dynamic(() => import("@/components/zapier-accounts/delete-account-dialog").then((m) => m.DeleteAccountDialog));

const panelClass = "rounded-xl focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600";
const triggerClass =
  "-mb-px shrink-0 border-b-2 border-transparent px-1 pb-2.5 text-sm font-medium whitespace-nowrap text-slate-600 hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600 data-[state=active]:border-blue-700 data-[state=active]:text-blue-800";

interface Props {
  initial: AccountResponse;
  isAdmin: boolean;
  tab: AccountTab;
}

/** One Zapier account: header, then Overview, Subscriptions, Deliveries, Requests and History tabs (`?tab=…`). */
export function AccountPage({ initial, isAdmin, tab: initialTab }: Props) {
  const t = useTranslations("zapier.account");
  const router = useRouter();
  const pathname = usePathname();
  const query = useZapierAccount(initial.account.id, initial);
  const account = query.data ?? initial.account;
  const [tab, setTab] = useState<AccountTab>(initialTab);
  const [dialog, setDialog] = useState<"regenerate" | "delete" | null>(null);
  const [loaded, setLoaded] = useState({ regenerate: false, delete: false });
  const regenerateRef = useRef<HTMLButtonElement>(null);
  const deleteRef = useRef<HTMLButtonElement>(null);
  const tabs = ACCOUNT_TABS.filter((name) => isAdmin || name !== "history");

  function open(which: "regenerate" | "delete") {
    setLoaded((l) => ({ ...l, [which]: true }));
    setDialog(which);
  }
  function changeTab(next: string) {
    const value = next as AccountTab;
    setTab(value);
    router.replace(value === "overview" ? pathname : `${pathname}?tab=${value}`, { scroll: false });
  }

  return (
    <>
      <AccountHeader
        account={account}
        isAdmin={isAdmin}
        onRegenerate={() => open("regenerate")}
        onDelete={() => open("delete")}
        regenerateRef={regenerateRef}
        deleteRef={deleteRef}
      />
      <Tabs.Root value={tab} onValueChange={changeTab}>
        <Tabs.List aria-label={t("tabsLabel")} className="mb-4 flex flex-wrap gap-x-6 gap-y-1 border-b border-slate-200 px-1 pt-1">
          {tabs.map((name) => (
            <Tabs.Trigger key={name} value={name} className={triggerClass}>
              {t(`tabs.${name}`)}
            </Tabs.Trigger>
          ))}
        </Tabs.List>
        <Tabs.Content value="overview" className={panelClass}>
          <OverviewTab account={account} isAdmin={isAdmin} />
        </Tabs.Content>
        <Tabs.Content value="subscriptions" className={panelClass}>
          <SubscriptionsTab accountId={account.id} isAdmin={isAdmin} />
        </Tabs.Content>
        <Tabs.Content value="deliveries" className={panelClass}>
          <DeliveriesTab accountId={account.id} isAdmin={isAdmin} />
        </Tabs.Content>
        <Tabs.Content value="requests" className={panelClass}>
          <RequestsTab accountId={account.id} />
        </Tabs.Content>
        {isAdmin ? (
          <Tabs.Content value="history" className={panelClass}>
            <Section title={t("tabs.history")} description={t("historyDescription")} flush>
              <AuditLog accountId={account.id} />
            </Section>
          </Tabs.Content>
        ) : null}
      </Tabs.Root>

      {isAdmin && loaded.regenerate ? (
        <RegenerateTokenDialog
          account={dialog === "regenerate" ? account : null}
          onOpenChange={(next) => !next && setDialog(null)}
          onCloseAutoFocus={(event) => {
            event.preventDefault();
            regenerateRef.current?.focus();
          }}
        />
      ) : null}
      {isAdmin && loaded.delete ? (
        <DeleteAccountDialog
          account={dialog === "delete" ? account : null}
          onOpenChange={(next) => !next && setDialog(null)}
          onDeleted={() => router.push("/admin/integrations/zapier")}
          onCloseAutoFocus={(event) => {
            event.preventDefault();
            deleteRef.current?.focus();
          }}
        />
      ) : null}
    </>
  );
}
