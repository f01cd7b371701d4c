"use client";

import { CircleAlert } from "lucide-react";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { isUnauthenticated } from "./use-error-message";

/** A non-field error inside a dialog or panel; a 401 also offers the way back to sign-in. */
export function ErrorNotice({ error, message, action }: { error: unknown; message: string; action?: ReactNode }) {
  const t = useTranslations("errors");
  return (
    <div role="alert" className="flex items-start gap-2 rounded-md border border-red-200 bg-red-50 px-3 py-2.5 text-sm text-red-800">
      <CircleAlert aria-hidden className="mt-0.5 h-4 w-4 shrink-0" />
      <div className="flex flex-1 flex-wrap items-center justify-between gap-2">
        <p>{message}</p>
        {isUnauthenticated(error) ? (
          <a
            className="font-medium underline"
            href={`/login?callbackUrl=${encodeURIComponent(typeof window === "undefined" ? "/" : window.location.pathname)}`}
          >
            {t("signIn")}
          </a>
        ) : (
          action
        )}
      </div>
    </div>
  );
}
