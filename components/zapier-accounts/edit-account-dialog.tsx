"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Dialog, DialogBody, DialogClose, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { useRenameZapierAccount } from "@/lib/zapier-accounts/hooks";
import { NAME_MAX_LENGTH, type ZapierAccountDto } from "@/lib/zapier-accounts/schemas";
import { ErrorNotice } from "./error-notice";
import { NameField } from "./name-field";
import { isNameError, nameProblem, useErrorMessage } from "./use-error-message";

interface Props {
  account: ZapierAccountDto | null;
  onOpenChange: (open: boolean) => void;
  onCloseAutoFocus: (event: Event) => void;
}

export function EditAccountDialog({ account, onOpenChange, onCloseAutoFocus }: Props) {
  const rename = useRenameZapierAccount();
  return (
    <Dialog
      open={account !== null}
      onOpenChange={(next) => {
        if (!next && rename.isPending) return;
        onOpenChange(next);
        if (!next) rename.reset();
      }}
    >
      <DialogContent onCloseAutoFocus={onCloseAutoFocus}>
        {account ? <EditForm account={account} rename={rename} onDone={() => onOpenChange(false)} /> : null}
      </DialogContent>
    </Dialog>
  );
}

interface EditFormProps {
  account: ZapierAccountDto;
  rename: ReturnType<typeof useRenameZapierAccount>;
  onDone: () => void;
}

function EditForm({ account, rename, onDone }: EditFormProps) {
  const t = useTranslations("zapier.editDialog");
  const tc = useTranslations("common");
  const te = useTranslations("errors");
  const errorMessage = useErrorMessage();
  const [name, setName] = useState(account.name);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [formError, setFormError] = useState<{ error: unknown; message: string } | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const submitting = useRef(false);

  useEffect(() => {
    if (fieldError) inputRef.current?.focus();
  }, [fieldError]);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (submitting.current) return;
    const problem = nameProblem(name);
    if (problem) return setFieldError(te(problem, { max: NAME_MAX_LENGTH }));
    if (name.trim().normalize("NFC") === account.name) return onDone();
    submitting.current = true;
    setFieldError(null);
    setFormError(null);
    rename.mutate(
      { id: account.id, name },
      {
        onSuccess: () => {
          toast.success(t("toast"));
          onDone();
        },
        onError: (error) => {
          const message = errorMessage(error, { name });
          if (isNameError(error)) setFieldError(message);
          else setFormError({ error, message });
        },
        onSettled: () => {
          submitting.current = false;
        },
      },
    );
  }

  const pending = rename.isPending;
  return (
    <form onSubmit={submit} noValidate className="flex min-h-0 flex-col">
      <DialogHeader>
        <DialogTitle>{t("title")}</DialogTitle>
        <DialogDescription>{t("description")}</DialogDescription>
      </DialogHeader>
      <DialogBody className="space-y-4 pb-5">
        <NameField
          value={name}
          onChange={(value) => {
            setName(value);
            if (fieldError) setFieldError(null);
          }}
          error={fieldError}
          readOnly={pending}
          inputRef={inputRef}
        />
        {formError ? <ErrorNotice error={formError.error} message={formError.message} /> : null}
      </DialogBody>
      <DialogFooter>
        <DialogClose asChild>
          <Button variant="secondary" disabled={pending}>
            {tc("cancel")}
          </Button>
        </DialogClose>
        <Button type="submit" disabled={pending}>
          {pending ? t("saving") : t("save")}
        </Button>
      </DialogFooter>
    </form>
  );
}
