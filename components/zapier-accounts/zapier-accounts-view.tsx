"use client";

import { Plus, Zap } from "lucide-react";
import dynamic from "next/dynamic";
import { usePathname, useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Tabs } from "radix-ui";
import { useId, useRef, useState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { Skeleton } from "@/components/ui/skeleton";
import { useZapierAccounts } from "@/lib/zapier-accounts/hooks";
import { ACCOUNT_LIMIT } from "@/lib/zapier-accounts/rules";
import type { ZapierAccountDto } from "@/lib/zapier-accounts/schemas";
import { AccountsTable, type AccountAction } from "./accounts-table";
import { ErrorNotice } from "./error-notice";
import { useErrorMessage } from "./use-error-message";

// Loaded when first needed: neither the dialogs nor the audit log are part of the page's first JavaScript.
const AddAccountDialog = dynamic(() => import("./add-account-dialog").then((m) => m.AddAccountDialog));
const EditAccountDialog = dynamic(() => import("./edit-account-dialog").then((m) => m.EditAccountDialog));
const RegenerateTokenDialog = dynamic(() => import("./regenerate-token-dialog").then((m) => m.RegenerateTokenDialog));
const DeleteAccountDialog = dynamic(() => import("./delete-account-dialog").then((m) => m.DeleteAccountDialog));
const AuditLog = dynamic(() => import("./audit-log").then((m) => m.AuditLog));

type Active = { action: AccountAction; account: ZapierAccountDto } | null;
export type ZapierTab = "accounts" | "audit";

/** The Zapier accounts page below its header: accounts (and, for admins, the audit log; `?tab=audit`). */
export function ZapierAccountsView({ isAdmin, initialTab = "accounts" }: { isAdmin: boolean; initialTab?: ZapierTab }) {
  const t = useTranslations("zapier");
  const router = useRouter();
  const pathname = usePathname();
  const [tab, setTabState] = useState<ZapierTab>(isAdmin ? initialTab : "accounts");
  const setTab = (next: string) => {
    const value: ZapierTab = next === "audit" ? "audit" : "accounts";
    setTabState(value);
    router.replace(value === "audit" ? `${pathname}?tab=audit` : pathname, { scroll: false });
  };
  // With tabs, the tab names the panel: its heading is for screen readers only (no "Accounts" twice).
  const accounts = <AccountsPanel isAdmin={isAdmin} tabbed={isAdmin} />;
  if (!isAdmin) return <Panel>{accounts}</Panel>;

  // Radix makes each tab panel a tab stop (tabIndex 0): its focus ring must show.
  const panelClass = "rounded-xl focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600";
  const triggerClass =
    "-mb-px border-b-2 border-transparent px-1 pb-2.5 text-sm font-medium text-slate-600 hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600 data-[state=active]:border-blue-700 data-[state=active]:text-blue-800";
  return (
    <Tabs.Root value={tab} onValueChange={setTab}>
      <Tabs.List aria-label={t("tabs.label")} className="mb-4 flex gap-6 border-b border-slate-200">
        <Tabs.Trigger value="accounts" className={triggerClass}>
          {t("tabs.accounts")}
        </Tabs.Trigger>
        <Tabs.Trigger value="audit" className={triggerClass}>
          {t("tabs.audit")}
        </Tabs.Trigger>
      </Tabs.List>
      <Tabs.Content value="accounts" className={panelClass}>
        <Panel>{accounts}</Panel>
      </Tabs.Content>
      <Tabs.Content value="audit" className={panelClass}>
        <Panel>
          <div className="border-b border-slate-200 px-4 py-3">
            <h2 className="sr-only">{t("audit.title")}</h2>
            <p className="text-sm text-slate-600">{t("audit.description")}</p>
          </div>
          {tab === "audit" ? <AuditLog /> : null}
        </Panel>
      </Tabs.Content>
    </Tabs.Root>
  );
}

function Panel({ children }: { children: ReactNode }) {
  return <div className="overflow-hidden rounded-xl border border-slate-200 bg-white shadow-sm">{children}</div>;
}

function AccountsPanel({ isAdmin, tabbed }: { isAdmin: boolean; tabbed: boolean }) {
  const t = useTranslations("zapier");
  const tc = useTranslations("common");
  const errorMessage = useErrorMessage();
  const query = useZapierAccounts();
  const noteId = useId();
  const [adding, setAdding] = useState(false);
  const [active, setActive] = useState<Active>(null);
  // Each dialog's code loads the first time it opens and then stays mounted (its close animation and focus return).
  const [loaded, setLoaded] = useState<Set<string>>(new Set());
  const load = (name: string) => setLoaded((s) => (s.has(name) ? s : new Set(s).add(name)));
  const triggers = useRef(new Map<string, HTMLButtonElement>());
  const addButton = useRef<HTMLButtonElement>(null);
  const countRef = useRef<HTMLParagraphElement>(null);
  const lastAccountId = useRef<string | null>(null);

  const accounts = query.data?.accounts ?? [];
  const limit = query.data?.limit ?? ACCOUNT_LIMIT;
  const full = accounts.length >= limit;
  // The account in a dialog, kept current with the list (a rename shows at once) but still
  // available after an optimistic delete removed it from the list.
  const current = active ? (accounts.find((a) => a.id === active.account.id) ?? active.account) : null;
  const dialogAccount = (action: AccountAction) => (active?.action === action ? current : null);

  function open(action: AccountAction, account: ZapierAccountDto) {
    load(action);
    lastAccountId.current = account.id;
    setActive({ action, account });
  }
  const close = (next: boolean) => {
    if (!next) setActive(null);
  };
  /** Focus goes back to the row's menu button, or, when the row is gone, to a stable control. */
  function restoreFocus(event: Event, accountId: string | null) {
    event.preventDefault();
    const rowButtons = accountId ? [triggers.current.get(`table:${accountId}`), triggers.current.get(`card:${accountId}`)] : [];
    const candidates = [...rowButtons, addButton.current, countRef.current];
    // The visible one: the table and the cards both hold a menu button per account.
    const target = candidates.find((el) => el?.isConnected && el.getClientRects().length > 0 && !(el instanceof HTMLButtonElement && el.disabled));
    target?.focus();
  }
  const restoreToRow = (event: Event) => restoreFocus(event, lastAccountId.current);

  return (
    <>
      <div className="flex flex-col gap-3 border-b border-slate-200 px-4 py-4 sm:flex-row sm:items-center sm:justify-between">
        <div>
          <h2 className={tabbed ? "sr-only" : "text-base font-semibold text-slate-900"}>{t("tabs.accounts")}</h2>
          <p ref={countRef} tabIndex={-1} className="text-sm text-slate-600 focus:outline-none">
            {query.data ? t("count", { count: accounts.length, limit }) : " "}
          </p>
        </div>
        {isAdmin ? (
          <Button
            ref={addButton}
            onClick={() => {
              load("add");
              setAdding(true);
            }}
            disabled={!query.data || full}
            aria-describedby={full ? noteId : undefined}
          >
            <Plus aria-hidden className="h-4 w-4" />
            {t("add")}
          </Button>
        ) : null}
      </div>
      {isAdmin && full ? (
        <p id={noteId} className="border-b border-amber-200 bg-amber-50 px-4 py-2.5 text-sm text-amber-900">
          {t("limitReached", { limit })}
        </p>
      ) : null}
      {!isAdmin ? <p className="border-b border-slate-200 bg-slate-50 px-4 py-2.5 text-sm text-slate-700">{t("readOnly")}</p> : null}
      {query.isError && query.data ? (
        // A failed background refresh: the last list stays, and says it may be out of date.
        <p role="status" className="flex items-center gap-1 border-b border-amber-200 bg-amber-50 px-4 py-2 text-sm text-amber-900">
          <span>{t("refreshFailed")}</span>{" "}
          <span aria-hidden>·</span>{" "}
          <button
            type="button"
            className="rounded font-medium underline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600"
            onClick={() => void query.refetch()}
            disabled={query.isFetching}
          >
            {t("refreshRetry")}
          </button>
        </p>
      ) : null}

      {query.isPending ? (
        <div role="status" aria-label={t("loadingAccounts")} className="space-y-3 p-4">
          {[0, 1, 2].map((i) => (
            <div key={i} className="flex items-center gap-4">
              <Skeleton className="h-5 w-40" />
              <Skeleton className="hidden h-5 w-56 md:block" />
              <Skeleton className="h-5 w-28" />
              <Skeleton className="ml-auto h-8 w-8" />
            </div>
          ))}
        </div>
      ) : query.isError && !query.data ? (
        <div className="p-4">
          <ErrorNotice
            error={query.error}
            message={`${t("loadError")} ${errorMessage(query.error)}`}
            action={
              <Button variant="secondary" size="sm" onClick={() => void query.refetch()} disabled={query.isFetching}>
                {tc("retry")}
              </Button>
            }
          />
        </div>
      ) : accounts.length === 0 ? (
        <div className="flex flex-col items-center px-6 py-12 text-center">
          <div aria-hidden className="flex h-12 w-12 items-center justify-center rounded-full bg-orange-50 text-orange-600">
            <Zap className="h-6 w-6" />
          </div>
          <h3 className="mt-4 text-base font-semibold text-slate-900">{t("empty.title")}</h3>
          <p className="mt-1 max-w-md text-sm text-slate-600">{isAdmin ? t("empty.admin") : t("empty.staff")}</p>
        </div>
      ) : (
        <AccountsTable
          accounts={accounts}
          isAdmin={isAdmin}
          onAction={open}
          registerTrigger={(id, el) => {
            if (el) triggers.current.set(id, el);
            else triggers.current.delete(id);
          }}
        />
      )}

      {isAdmin ? (
        <>
          {loaded.has("add") ? <AddAccountDialog open={adding} onOpenChange={setAdding} onCloseAutoFocus={(e) => restoreFocus(e, null)} /> : null}
          {loaded.has("edit") ? <EditAccountDialog account={dialogAccount("edit")} onOpenChange={close} onCloseAutoFocus={restoreToRow} /> : null}
          {loaded.has("regenerate") ? (
            <RegenerateTokenDialog account={dialogAccount("regenerate")} onOpenChange={close} onCloseAutoFocus={restoreToRow} />
          ) : null}
          {loaded.has("delete") ? <DeleteAccountDialog account={dialogAccount("delete")} onOpenChange={close} onCloseAutoFocus={restoreToRow} /> : null}
        </>
      ) : null}
    </>
  );
}
