"use client";

import { LogOut } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";

/**
 * next-auth's sign-out over plain HTTP (CSRF token, then POST /api/auth/signout), without
 * next-auth/react in the page's JavaScript; then /login loads in full, so no cached data of the
 * signed-out user stays in memory.
 */
async function signOut() {
  try {
    const { csrfToken } = (await (await fetch("/api/auth/csrf", { cache: "no-store" })).json()) as { csrfToken: string };
    await fetch("/api/auth/signout", {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", "X-Auth-Return-Redirect": "1" },
      body: new URLSearchParams({ csrfToken, callbackUrl: "/login", json: "true" }),
    });
  } finally {
    // A full load on purpose (not router.push): nothing of the signed-out user stays in memory.
    // eslint-disable-next-line @next/next/no-location-assign-relative-destination
    window.location.assign("/login");
  }
}

export function SignOutButton() {
  const t = useTranslations("shell");
  const [pending, setPending] = useState(false);
  return (
    <Button
      variant="ghost"
      size="sm"
      onClick={() => {
        setPending(true);
        void signOut();
      }}
      disabled={pending}
    >
      <LogOut aria-hidden className="h-4 w-4" />
      <span className="hidden sm:inline">{pending ? t("signingOut") : t("signOut")}</span>
      <span className="sr-only sm:hidden">{t("signOut")}</span>
    </Button>
  );
}
