"use client";

import { MoreHorizontal } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useRef } from "react";
import { useDateText } from "@/components/ui/formatted-dates";
import { RelativeTime } from "@/components/ui/relative-time";
import { LazyMenu } from "@/components/ui/lazy-menu";
import type { ZapierAccountDto } from "@/lib/zapier-accounts/schemas";

export type AccountAction = "view" | "edit" | "regenerate" | "delete";

interface Props {
  accounts: ZapierAccountDto[];
  isAdmin: boolean;
  onAction: (action: AccountAction, account: ZapierAccountDto) => void;
  /** Registers each row's menu button (card and table) so focus can return to it when a dialog closes. */
  registerTrigger: (key: string, element: HTMLButtonElement | null) => void;
}

export const accountHref = (id: string) => `/admin/integrations/zapier/${encodeURIComponent(id)}`;
const linkClass =
  "rounded text-blue-800 underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600";

export function AccountsTable({ accounts, isAdmin, onAction, registerTrigger }: Props) {
  const t = useTranslations("zapier");
  const tc = useTranslations("common");
  const when = useDateText().short;
  return (
    <>
    {/* Narrow screens: one card per account. */}
    <ul aria-label={t("table.caption")} className="divide-y divide-slate-100 md:hidden">
      {accounts.map((account) => (
        <li key={account.id} className="flex items-start gap-3 px-4 py-3 text-sm">
          <div className="min-w-0 flex-1">
            <Link href={accountHref(account.id)} className={`${linkClass} font-medium break-words`}>
              {account.name}
            </Link>
            <dl className="mt-1 grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-0.5 text-xs text-slate-600">
              <dt>{t("table.appId")}</dt>
              <dd className="font-mono break-all text-slate-800">{account.appId}</dd>
              <dt>{t("table.created")}</dt>
              <dd className="text-slate-800">
                <time dateTime={account.createdAt}>{when(account.createdAt)}</time>
              </dd>
              <dt>{t("table.lastUsed")}</dt>
              <dd className="text-slate-800">{account.lastUsedAt ? <RelativeTime iso={account.lastUsedAt} /> : tc("never")}</dd>
            </dl>
          </div>
          <RowMenu account={account} isAdmin={isAdmin} onAction={onAction} registerTrigger={(_, el) => registerTrigger(`card:${account.id}`, el)} />
        </li>
      ))}
    </ul>
    <div className="hidden md:block">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{t("table.caption")}</caption>
        <thead className="border-b border-slate-200 bg-slate-50 text-xs font-medium tracking-wide text-slate-600 uppercase">
          <tr>
            <th scope="col" className="px-3 py-2.5 sm:px-4">{t("table.name")}</th>
            <th scope="col" className="px-3 py-2.5 sm:px-4">{t("table.appId")}</th>
            <th scope="col" className="hidden px-3 py-2.5 sm:px-4 sm:table-cell">{t("table.created")}</th>
            <th scope="col" className="px-3 py-2.5 sm:px-4">{t("table.lastUsed")}</th>
            <th scope="col" className="w-12 px-3 py-2.5 sm:px-4">
              <span className="sr-only">{t("table.actions")}</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {accounts.map((account) => (
            <tr key={account.id} className="hover:bg-slate-50/60">
              <th scope="row" className="max-w-64 px-3 py-3 sm:px-4 font-medium break-words text-slate-900">
                <Link href={accountHref(account.id)} className={linkClass}>
                  {account.name}
                </Link>
              </th>
              <td className="px-3 py-3 sm:px-4 font-mono text-xs text-slate-700">{account.appId}</td>
              <td className="hidden px-3 py-3 sm:px-4 whitespace-nowrap text-slate-700 sm:table-cell">
                <time dateTime={account.createdAt}>{when(account.createdAt)}</time>
              </td>
              <td className="px-3 py-3 text-slate-700 sm:px-4 sm:whitespace-nowrap">
                {account.lastUsedAt ? <RelativeTime iso={account.lastUsedAt} /> : tc("never")}
              </td>
              <td className="px-2 py-2 text-right sm:px-4">
                <RowMenu account={account} isAdmin={isAdmin} onAction={onAction} registerTrigger={(_, el) => registerTrigger(`table:${account.id}`, el)} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
    </>
  );
}

function RowMenu({ account, isAdmin, onAction, registerTrigger }: Omit<Props, "accounts"> & { account: ZapierAccountDto }) {
  const t = useTranslations("zapier");
  // Selecting an item opens a dialog; the dialog, not the menu, decides where focus goes next.
  const opening = useRef(false);
  const router = useRouter();
  const select = (action: AccountAction) => () => {
    if (action === "view") return router.push(accountHref(account.id));
    opening.current = true;
    onAction(action, account);
  };
  return (
    <LazyMenu
      modal={false}
      trigger={{ ref: (el) => registerTrigger(account.id, el), variant: "ghost", size: "icon", "aria-label": t("moreActions", { name: account.name }) }}
      triggerContent={<MoreHorizontal aria-hidden className="h-4 w-4" />}
      contentProps={{
        onCloseAutoFocus: (event) => {
          if (opening.current) event.preventDefault();
          opening.current = false;
        },
      }}
    >
      {({ DropdownMenuItem, DropdownMenuSeparator }) => (
        <>
          <DropdownMenuItem onSelect={select("view")}>{t("menu.view")}</DropdownMenuItem>
          {isAdmin ? (
            <>
              <DropdownMenuItem onSelect={select("edit")}>{t("menu.edit")}</DropdownMenuItem>
              <DropdownMenuItem onSelect={select("regenerate")}>{t("menu.regenerate")}</DropdownMenuItem>
              <DropdownMenuSeparator />
              <DropdownMenuItem tone="danger" onSelect={select("delete")}>
                {t("menu.delete")}
              </DropdownMenuItem>
            </>
          ) : null}
        </>
      )}
    </LazyMenu>
  );
}
