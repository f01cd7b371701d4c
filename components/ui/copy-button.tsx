"use client";

import { useEffect, useRef, useState } from "react";
import { Check, Copy } from "lucide-react";
import { useTranslations } from "next-intl";
import { toast } from "@/components/ui/toast";
import { Button } from "./button";

interface CopyButtonProps {
  /** The exact text to copy, or a function that fetches it first (e.g. a secret not yet revealed). */
  value: string | (() => Promise<string | null>);
  /** What is copied, for the toast: "App ID". */
  label: string;
  /** The button's accessible name: "Copy App ID". */
  ariaLabel: string;
  disabled?: boolean;
}

/**
 * Copies, shows a check for two seconds and confirms: with a toast on a page, with a line next to
 * the button inside a dialog (a toast would cover the dialog).
 */
export function CopyButton({ value, label, ariaLabel, disabled }: CopyButtonProps) {
  const t = useTranslations("common");
  const [copied, setCopied] = useState(false);
  const [inDialog, setInDialog] = useState(false);
  const [busy, setBusy] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const ref = useRef<HTMLButtonElement>(null);
  useEffect(() => () => clearTimeout(timer.current), []);

  async function copy() {
    if (busy) return;
    setBusy(true);
    try {
      const text = typeof value === "string" ? value : await value();
      if (text === null) return;
      await navigator.clipboard.writeText(text);
      setCopied(true);
      clearTimeout(timer.current);
      timer.current = setTimeout(() => setCopied(false), 2000);
      const dialog = Boolean(ref.current?.closest("[role=dialog],[role=alertdialog]"));
      setInDialog(dialog);
      if (!dialog) toast.success(t("copied", { label }));
    } catch {
      toast.error(t("copyFailed"));
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
    <Button
      ref={ref}
      variant="secondary"
      size="icon"
      aria-label={ariaLabel}
      title={ariaLabel}
      onClick={copy}
      disabled={disabled || busy}
      data-copied={copied || undefined}
    >
      {copied ? <Check aria-hidden className="h-4 w-4 text-green-700" /> : <Copy aria-hidden className="h-4 w-4" />}
    </Button>
    {inDialog && copied ? (
      <span role="status" className="text-xs font-medium whitespace-nowrap text-green-800">
        {t("copied", { label })}
      </span>
    ) : null}
    </>
  );
}
