"use client";

import { Eye, EyeOff, KeyRound } from "lucide-react";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { useId, useState, type ReactNode } from "react";
import { toast } from "@/components/ui/toast";
import { Button } from "@/components/ui/button";
import { CopyButton } from "@/components/ui/copy-button";
import { useRevealZapierToken } from "@/lib/zapier-accounts/hooks";
import type { ZapierAccountDto } from "@/lib/zapier-accounts/schemas";
import { useErrorMessage } from "./use-error-message";

interface CredentialsPanelProps {
  account: ZapierAccountDto;
  /** The clear token when it was just issued (add, regenerate); otherwise admins reveal it. */
  issuedToken?: string;
  isAdmin: boolean;
}

/** tokenPreview is the prefix and the last four characters; the middle is shown as dots. */
function maskedToken(preview: string) {
  return `${preview.slice(0, -4)}${"•".repeat(16)}${preview.slice(-4)}`;
}

interface RowProps {
  label: string;
  value: ReactNode;
  children?: ReactNode;
  /** Below the sm breakpoint the value takes its own line and the buttons sit together under it. */
  stack?: boolean;
}

function Row({ label, value, children, stack = false }: RowProps) {
  const labelId = useId();
  return (
    <div className="py-3 first:pt-0 last:pb-0">
      <dt id={labelId} className="text-sm font-medium text-slate-800">
        {label}
      </dt>
      <dd className={`mt-1.5 flex items-center gap-2 ${stack ? "flex-wrap sm:flex-nowrap" : ""}`}>
        {/* A read-only box labelled by its term, so assistive tech (and getByLabel) find the value by "App ID". */}
        <span
          role="textbox"
          aria-readonly="true"
          aria-labelledby={labelId}
          className={`min-w-0 flex-1 rounded-md border border-slate-200 bg-slate-50 px-3 py-1.5 font-mono text-sm break-all text-slate-900 ${stack ? "basis-full sm:basis-0" : ""}`}
        >
          {value}
        </span>
        {children ? <span className="flex shrink-0 items-center gap-2">{children}</span> : null}
      </dd>
    </div>
  );
}

/** App ID, App Token and Base URL, each with a copy button; the token masked until revealed. */
export function CredentialsPanel({ account, issuedToken, isAdmin }: CredentialsPanelProps) {
  const t = useTranslations("zapier.credentials");
  const format = useFormatter();
  const errorMessage = useErrorMessage();
  const reveal = useRevealZapierToken();
  const [token, setToken] = useState<string | null>(issuedToken ?? null);
  // A token that was just issued is shown in full at once (it is shown once, like GitHub's and
  // Unkey's new keys); a stored one stays masked until an admin reveals it.
  const [shown, setShown] = useState(issuedToken !== undefined);
  const headingId = useId();

  async function fetchToken(): Promise<string | null> {
    if (token) return token;
    try {
      const { appToken } = await reveal.mutateAsync(account.id);
      setToken(appToken);
      return appToken;
    } catch (error) {
      toast.error(errorMessage(error));
      return null;
    }
  }

  async function toggle() {
    if (shown) return setShown(false);
    if (await fetchToken()) setShown(true);
  }

  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId} className="sr-only">
        {t("title")}
      </h3>
      <dl className="divide-y divide-slate-100">
        <Row label={t("appId")} value={account.appId}>
          <CopyButton value={account.appId} label={t("appId")} ariaLabel={t("copyAppId")} />
        </Row>
        <Row label={t("appToken")} value={shown && token ? token : maskedToken(account.tokenPreview)} stack>
          {isAdmin ? (
            <>
              <Button variant="secondary" size="sm" onClick={toggle} disabled={reveal.isPending} aria-pressed={shown}>
                {shown ? <EyeOff aria-hidden className="h-4 w-4" /> : <Eye aria-hidden className="h-4 w-4" />}
                {shown ? t("hide") : reveal.isPending ? t("revealing") : t("reveal")}
              </Button>
              <CopyButton value={fetchToken} label={t("appToken")} ariaLabel={t("copyAppToken")} />
            </>
          ) : null}
        </Row>
        <Row label={t("baseUrl")} value={account.baseUrl}>
          <CopyButton value={account.baseUrl} label={t("baseUrl")} ariaLabel={t("copyBaseUrl")} />
        </Row>
      </dl>
      <p className="mt-3 flex items-start gap-2 text-sm text-slate-600">
        <KeyRound aria-hidden className="mt-0.5 h-4 w-4 shrink-0" />
        <span>{isAdmin ? (issuedToken ? t("secretHint") : t("maskedHint")) : t("staffHint")}</span>
      </p>
      {account.previousTokenExpiresAt ? (
        <p className="mt-2 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {t("previousToken", { time: format.dateTime(new Date(account.previousTokenExpiresAt), { dateStyle: "medium", timeStyle: "short" }) })}
        </p>
      ) : null}
    </section>
  );
}

export const HELP_LINKS = {
  cinnox: { en: "https://docs.cinnox.com/docs/zapier", "zh-Hant": "https://docs-zh.cinnox.com/docs/zapier" },
  zapier: "https://help.zapier.com/",
} as const;

interface StepsProps {
  /** After Add: a new connection. After Regenerate (or for an account Zapier already uses): reconnect the existing one. */
  flow?: "add" | "reconnect";
  isAdmin?: boolean;
  accountName?: string;
  /** Without its own card and heading (the page's section gives both); on the page, reconnecting is a fallback. */
  bare?: boolean;
}

/** The steps that finish the connection on Zapier's side, and where to read more. */
export function ZapierSteps({ flow = "add", isAdmin = true, accountName = "", bare = false }: StepsProps) {
  const t = useTranslations("zapier.steps");
  const locale = useLocale();
  const id = useId();
  const steps = !isAdmin
    ? [t("staff")]
    : flow === "add"
      ? [t("myApps"), t("addConnection"), t("search"), t("paste"), t("continue")]
      : [t("myApps"), t("findConnection", { name: accountName }), t("reconnect"), t("pasteToken"), t("continueReconnect")];
  const body = (
    <>
      {isAdmin && flow === "reconnect" ? <p className="mt-1 text-sm text-slate-700">{bare ? t("reconnectIntroPage") : t("reconnectIntro")}</p> : null}
      <ol className="mt-3 space-y-2">
        {steps.map((step, index) => (
          <li key={step} className="flex items-start gap-3 text-sm text-slate-700">
            <span
              aria-hidden
              className="flex h-5 w-5 shrink-0 items-center justify-center rounded-full bg-orange-100 text-xs font-semibold text-orange-800"
            >
              {index + 1}
            </span>
            <span>{step}</span>
          </li>
        ))}
      </ol>
      <p className="mt-3 flex flex-wrap gap-x-4 gap-y-1 text-sm">
        <a className="font-medium text-blue-800 underline" href={locale === "zh-Hant" ? HELP_LINKS.cinnox["zh-Hant"] : HELP_LINKS.cinnox.en} target="_blank" rel="noopener noreferrer">
          {t("helpCinnox")}
          <span className="sr-only"> {t("newTab")}</span>
        </a>
        <a className="font-medium text-blue-800 underline" href={HELP_LINKS.zapier} target="_blank" rel="noopener noreferrer">
          {t("helpZapier")}
          <span className="sr-only"> {t("newTab")}</span>
        </a>
      </p>
    </>
  );
  if (bare) return body;
  return (
    <section aria-labelledby={id} className="mt-6 rounded-lg border border-slate-200 bg-white p-4">
      <h3 id={id} className="text-sm font-semibold text-slate-900">
        {t("title")}
      </h3>
      {body}
    </section>
  );
}
