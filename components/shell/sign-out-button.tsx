"use client";

import { LogOut } from "lucide-react";
import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";

export function SignOutButton() {
  const t = useTranslations("shell");
  const [pending, setPending] = useState(false);
  async function run() {
    setPending(true);
    // next-auth then loads /login in full: no cached data of the signed-out user stays in memory.
    await signOut({ callbackUrl: "/login" });
  }
  return (
    <Button variant="ghost" size="sm" onClick={run} disabled={pending}>
      <LogOut aria-hidden className="h-4 w-4" />
      <span className="hidden sm:inline">{pending ? t("signingOut") : t("signOut")}</span>
      <span className="sr-only sm:hidden">{t("signOut")}</span>
    </Button>
  );
}
