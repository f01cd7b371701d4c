"use client";

import { useTranslations } from "next-intl";
import { useId, type Ref } from "react";
import { FieldError, Input, Label } from "@/components/ui/field";
import { NAME_MAX_LENGTH, nameLength } from "@/lib/zapier-accounts/rules";

interface NameFieldProps {
  value: string;
  onChange: (value: string) => void;
  error: string | null;
  readOnly?: boolean;
  inputRef?: Ref<HTMLInputElement>;
}

/** "Zapier account name": label, hint, live character count, and the error right under it. */
export function NameField({ value, onChange, error, readOnly, inputRef }: NameFieldProps) {
  const t = useTranslations("zapier.addDialog");
  const id = useId();
  const count = nameLength(value.trim());
  return (
    <div>
      <Label htmlFor={`${id}-input`}>{t("nameLabel")}</Label>
      <Input
        ref={inputRef}
        id={`${id}-input`}
        name="name"
        className="mt-1.5"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        readOnly={readOnly}
        autoComplete="off"
        spellCheck={false}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error ${id}-hint` : `${id}-hint`}
      />
      <div className="mt-1.5 flex items-start justify-between gap-3 text-sm text-slate-600">
        <p id={`${id}-hint`}>{t("hint")}</p>
        <p aria-hidden className={count > NAME_MAX_LENGTH ? "font-medium text-red-700" : undefined}>
          {t("counter", { count, max: NAME_MAX_LENGTH })}
        </p>
      </div>
      {error ? <FieldError id={`${id}-error`}>{error}</FieldError> : null}
    </div>
  );
}
