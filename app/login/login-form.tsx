"use client";

import { CircleAlert } from "lucide-react";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useId, useRef, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Input, Label } from "@/components/ui/field";
import { TIME_ZONE_COOKIE } from "@/i18n/config";

export type LoginError = "wrongCredentials" | "throttled" | "missingFields" | "failed" | "sessionEnded";

export function LoginForm({ callbackUrl, initialError }: { callbackUrl: string; initialError: LoginError | null }) {
  const t = useTranslations("auth");
  const router = useRouter();
  const id = useId();
  const [error, setError] = useState<LoginError | null>(initialError);
  const [pending, setPending] = useState(false);
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const form = new FormData(event.currentTarget);
    const email = String(form.get("email") ?? "").trim();
    const password = String(form.get("password") ?? "");
    if (!email || !password) {
      setError("missingFields");
      (email ? passwordRef : emailRef).current?.focus();
      return;
    }
    setPending(true);
    setError(null);
    // Dates on the server-rendered pages use the browser's time zone from now on.
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    document.cookie = `${TIME_ZONE_COOKIE}=${encodeURIComponent(zone)}; path=/; max-age=31536000; samesite=lax`;
    const result = await signIn("credentials", { email, password, redirect: false }).catch(() => undefined);
    if (result?.ok && !result.error) {
      router.replace(callbackUrl);
      router.refresh();
      return;
    }
    setPending(false);
    setError(result?.error === "CredentialsSignin" ? "wrongCredentials" : result?.error === "throttled" ? "throttled" : "failed");
    passwordRef.current?.select();
    passwordRef.current?.focus();
  }

  return (
    <form onSubmit={submit} noValidate className="mt-6 space-y-4">
      {error ? (
        <div
          id={`${id}-error`}
          role="alert"
          className="flex items-start gap-2 rounded-md border border-red-200 bg-red-50 px-3 py-2.5 text-sm text-red-800"
        >
          <CircleAlert aria-hidden className="mt-0.5 h-4 w-4 shrink-0" />
          <p>{t(error)}</p>
        </div>
      ) : null}
      <div>
        <Label htmlFor={`${id}-email`}>{t("email")}</Label>
        <Input
          ref={emailRef}
          id={`${id}-email`}
          name="email"
          type="email"
          autoComplete="username"
          required
          className="mt-1.5"
          aria-describedby={error ? `${id}-error` : undefined}
          readOnly={pending}
        />
      </div>
      <div>
        <Label htmlFor={`${id}-password`}>{t("password")}</Label>
        <Input
          ref={passwordRef}
          id={`${id}-password`}
          name="password"
          type="password"
          autoComplete="current-password"
          required
          className="mt-1.5"
          aria-invalid={error === "wrongCredentials" ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          readOnly={pending}
        />
      </div>
      <Button type="submit" className="w-full justify-center" disabled={pending}>
        {pending ? t("submitting") : t("submit")}
      </Button>
    </form>
  );
}
