"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { DialogBody, DialogClose, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { NAME_MAX_LENGTH } from "@/lib/zapier-accounts/rules";
import { ErrorNotice } from "./error-notice";
import { NameField } from "./name-field";
import { isNameError, nameProblem, useErrorMessage } from "./use-error-message";

interface AccountNameFormProps {
  /** Texts of the dialog the form sits in. */
  labels: { title: string; description: string; submit: string; submitting: string };
  initialName?: string;
  pending: boolean;
  /**
   * Called with a name that passed the shared zod rules. Returns false when there is nothing to send
   * (an unchanged name); otherwise calls exactly one of the callbacks when the request ends.
   */
  onSubmit: (name: string, callbacks: { onError: (error: unknown) => void; onSettled: () => void }) => boolean;
}

/**
 * The name form of the Add and Edit dialogs: one field, validated with the API's own schema before sending,
 * API errors about the name shown under the field (which then takes focus), others above the buttons.
 */
export function AccountNameForm({ labels, initialName = "", pending, onSubmit }: AccountNameFormProps) {
  const tc = useTranslations("common");
  const te = useTranslations("errors");
  const errorMessage = useErrorMessage();
  const [name, setName] = useState(initialName);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [formError, setFormError] = useState<{ error: unknown; message: string } | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  // A ref, not state: a double click or a held Enter key must not send two requests.
  const submitting = useRef(false);

  useEffect(() => {
    if (fieldError) inputRef.current?.focus();
  }, [fieldError]);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (submitting.current) return;
    const problem = nameProblem(name);
    if (problem) return setFieldError(te(problem, { max: NAME_MAX_LENGTH }));
    setFieldError(null);
    setFormError(null);
    submitting.current = onSubmit(name, {
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

  return (
    <form onSubmit={submit} noValidate className="flex min-h-0 flex-col">
      <DialogHeader>
        <DialogTitle>{labels.title}</DialogTitle>
        <DialogDescription>{labels.description}</DialogDescription>
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
          {pending ? labels.submitting : labels.submit}
        </Button>
      </DialogFooter>
    </form>
  );
}
