"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogBody, DialogClose, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { useCreateZapierAccount } from "@/lib/zapier-accounts/hooks";
import { NAME_MAX_LENGTH, type ZapierAccountDto } from "@/lib/zapier-accounts/schemas";
import { CredentialsPanel, ZapierSteps } from "./credentials-panel";
import { ErrorNotice } from "./error-notice";
import { NameField } from "./name-field";
import { isNameError, nameProblem, useErrorMessage } from "./use-error-message";

interface Props {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onCloseAutoFocus: (event: Event) => void;
}

export function AddAccountDialog({ open, onOpenChange, onCloseAutoFocus }: Props) {
  const [created, setCreated] = useState<{ account: ZapierAccountDto; appToken: string } | null>(null);
  const create = useCreateZapierAccount();
  // While the request runs, and once the credentials are on screen, only a button closes the dialog.
  const locked = create.isPending || created !== null;
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        if (!next && create.isPending) return;
        onOpenChange(next);
        if (!next) {
          setCreated(null);
          create.reset();
        }
      }}
    >
      <DialogContent
        width={created ? "lg" : "md"}
        onCloseAutoFocus={onCloseAutoFocus}
        onEscapeKeyDown={(e) => locked && e.preventDefault()}
        onInteractOutside={(e) => locked && e.preventDefault()}
      >
        {created ? <Created {...created} /> : <AddForm create={create} onCreated={setCreated} />}
      </DialogContent>
    </Dialog>
  );
}

interface AddFormProps {
  create: ReturnType<typeof useCreateZapierAccount>;
  onCreated: (result: { account: ZapierAccountDto; appToken: string }) => void;
}

function AddForm({ create, onCreated }: AddFormProps) {
  const t = useTranslations("zapier.addDialog");
  const tc = useTranslations("common");
  const te = useTranslations("errors");
  const errorMessage = useErrorMessage();
  const [name, setName] = useState("");
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [formError, setFormError] = useState<{ error: unknown; message: string } | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const submitting = useRef(false);

  useEffect(() => {
    if (fieldError) inputRef.current?.focus();
  }, [fieldError]);

  function submit(event: FormEvent) {
    event.preventDefault();
    // A ref, not state: a double click or a held Enter key must not send two requests.
    if (submitting.current) return;
    const problem = nameProblem(name);
    if (problem) return setFieldError(te(problem, { max: NAME_MAX_LENGTH }));
    submitting.current = true;
    setFieldError(null);
    setFormError(null);
    create.mutate(name, {
      onSuccess: (result) => onCreated(result),
      onError: (error) => {
        const message = errorMessage(error, { name });
        if (isNameError(error)) setFieldError(message);
        else setFormError({ error, message });
      },
      onSettled: () => {
        submitting.current = false;
      },
    });
  }

  const pending = create.isPending;
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
          {pending ? t("submitting") : t("confirm")}
        </Button>
      </DialogFooter>
    </form>
  );
}

function Created({ account, appToken }: { account: ZapierAccountDto; appToken: string }) {
  const t = useTranslations("zapier.addDialog");
  const tc = useTranslations("common");
  const titleRef = useRef<HTMLHeadingElement>(null);
  // The Confirm button that had focus is gone: move focus to the new title so it is announced.
  useEffect(() => titleRef.current?.focus(), []);
  return (
    <>
      <DialogHeader>
        <DialogTitle ref={titleRef} tabIndex={-1} className="focus:outline-none">
          {t("successTitle")}
        </DialogTitle>
        <DialogDescription>{t("successDescription", { name: account.name })}</DialogDescription>
      </DialogHeader>
      <DialogBody>
        <CredentialsPanel account={account} issuedToken={appToken} isAdmin />
        <ZapierSteps />
      </DialogBody>
      <DialogFooter>
        <DialogClose asChild>
          <Button>{tc("close")}</Button>
        </DialogClose>
      </DialogFooter>
    </>
  );
}
