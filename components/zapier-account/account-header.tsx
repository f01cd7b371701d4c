"use client";

import { Pencil } from "lucide-react";
import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { toast } from "@/components/ui/toast";
import { Button } from "@/components/ui/button";
import { FieldError, Input } from "@/components/ui/field";
import { RelativeTime } from "@/components/ui/relative-time";
import { isNameError, nameProblem, useErrorMessage } from "@/components/zapier-accounts/use-error-message";
import { useRenameZapierAccount } from "@/lib/zapier-accounts/hooks";
import { NAME_MAX_LENGTH } from "@/lib/zapier-accounts/rules";
import type { ZapierAccountDto } from "@/lib/zapier-accounts/schemas";
import { useDateText } from "@/components/ui/formatted-dates";

interface Props {
  account: ZapierAccountDto;
  isAdmin: boolean;
  onRegenerate: () => void;
  onDelete: () => void;
  regenerateRef: React.Ref<HTMLButtonElement>;
  deleteRef: React.Ref<HTMLButtonElement>;
}

/** The account's name (admins rename it in place), App ID, created, last used, and its two destructive actions. */
export function AccountHeader({ account, isAdmin, onRegenerate, onDelete, regenerateRef, deleteRef }: Props) {
  const t = useTranslations("zapier");
  const tc = useTranslations("common");
  const date = useDateText();
  return (
    <div className="mb-6 rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
      <div className="flex flex-col gap-4 sm:flex-row sm:items-start sm:justify-between">
        <div className="min-w-0 flex-1">
          <NameInPlace account={account} isAdmin={isAdmin} />
          <dl className="mt-3 grid gap-x-8 gap-y-2 text-sm sm:grid-cols-3">
            <div className="min-w-0">
              <dt className="text-slate-600">{t("table.appId")}</dt>
              <dd className="font-mono text-xs break-all text-slate-900">{account.appId}</dd>
            </div>
            <div>
              <dt className="text-slate-600">{t("table.created")}</dt>
              <dd className="text-slate-900">
                <time dateTime={account.createdAt}>{date.exact(account.createdAt)}</time>
              </dd>
            </div>
            <div>
              <dt className="text-slate-600">{t("table.lastUsed")}</dt>
              <dd className="text-slate-900">{account.lastUsedAt ? <RelativeTime iso={account.lastUsedAt} /> : tc("never")}</dd>
            </div>
          </dl>
        </div>
        {isAdmin ? (
          <div className="flex shrink-0 flex-wrap gap-2">
            <Button ref={regenerateRef} variant="secondary" onClick={onRegenerate}>
              {t("menu.regenerate")}
            </Button>
            <Button ref={deleteRef} variant="danger" onClick={onDelete}>
              {t("menu.delete")}
            </Button>
          </div>
        ) : null}
      </div>
    </div>
  );
}

/** The name as the page's heading; "Rename" turns it into a field: Enter saves, Escape cancels. */
function NameInPlace({ account, isAdmin }: { account: ZapierAccountDto; isAdmin: boolean }) {
  const t = useTranslations("zapier");
  const te = useTranslations("errors");
  const errorMessage = useErrorMessage();
  const rename = useRenameZapierAccount();
  const [editing, setEditing] = useState(false);
  const [value, setValue] = useState(account.name);
  const [error, setError] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  const submitting = useRef(false);
  const id = useId();

  useEffect(() => {
    if (editing) inputRef.current?.select();
    else if (returnFocus.current) {
      returnFocus.current = false;
      buttonRef.current?.focus();
    }
  }, [editing]);

  function stop() {
    returnFocus.current = true;
    setEditing(false);
    setError(null);
  }

  function save() {
    if (submitting.current) return;
    const problem = nameProblem(value);
    if (problem) return setError(te(problem, { max: NAME_MAX_LENGTH }));
    if (value.trim().normalize("NFC") === account.name) return stop();
    submitting.current = true;
    rename.mutate(
      { id: account.id, name: value },
      {
        onSuccess: () => {
          toast.success(t("editDialog.toast"));
          stop();
        },
        onError: (err) => {
          setError(isNameError(err) ? errorMessage(err, { name: value }) : errorMessage(err));
          inputRef.current?.focus();
        },
        onSettled: () => {
          submitting.current = false;
        },
      },
    );
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === "Escape") {
      event.preventDefault();
      setValue(account.name);
      stop();
    }
  }

  if (!editing) {
    return (
      <div className="flex min-w-0 items-center gap-2">
        <h1 className="min-w-0 text-2xl font-semibold tracking-tight break-words text-slate-900">{account.name}</h1>
        {isAdmin ? (
          <Button
            ref={buttonRef}
            variant="ghost"
            size="icon"
            aria-label={t("account.rename")}
            title={t("account.rename")}
            onClick={() => {
              setValue(account.name);
              setEditing(true);
            }}
          >
            <Pencil aria-hidden className="h-4 w-4" />
          </Button>
        ) : null}
      </div>
    );
  }
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
    >
      <h1 className="sr-only">{account.name}</h1>
      <label htmlFor={`${id}-name`} className="text-sm font-medium text-slate-800">
        {t("addDialog.nameLabel")}
      </label>
      <div className="mt-1 flex flex-wrap items-center gap-2">
        <Input
          ref={inputRef}
          id={`${id}-name`}
          value={value}
          onChange={(e) => {
            setValue(e.target.value);
            if (error) setError(null);
          }}
          onKeyDown={onKeyDown}
          readOnly={rename.isPending}
          autoComplete="off"
          spellCheck={false}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error ${id}-hint` : `${id}-hint`}
          className="max-w-md min-w-0 flex-1 text-base"
        />
        <Button type="submit" disabled={rename.isPending}>
          {rename.isPending ? t("editDialog.saving") : t("editDialog.save")}
        </Button>
        <Button
          variant="secondary"
          disabled={rename.isPending}
          onClick={() => {
            setValue(account.name);
            stop();
          }}
        >
          {t("account.cancelRename")}
        </Button>
      </div>
      <p id={`${id}-hint`} className="mt-1 text-sm text-slate-600">
        {t("account.renameHint")}
      </p>
      {error ? <FieldError id={`${id}-error`}>{error}</FieldError> : null}
    </form>
  );
}
