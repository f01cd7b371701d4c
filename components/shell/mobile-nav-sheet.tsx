"use client";

import { X } from "lucide-react";
import { useTranslations } from "next-intl";
import { Dialog as DialogPrimitive } from "radix-ui";
import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { Brand } from "./brand";
import { NavLinks } from "./nav-links";

/** The navigation sheet (loaded when the menu button is first pressed); focus returns to that button on close. */
export function MobileNavSheet({ footer, open, onOpenChange }: { footer: ReactNode; open: boolean; onOpenChange: (open: boolean) => void }) {
  const t = useTranslations("shell");
  const tc = useTranslations("common");
  const setOpen = onOpenChange;
  return (
    <DialogPrimitive.Root open={open} onOpenChange={setOpen}>
      <DialogPrimitive.Portal>
        <DialogPrimitive.Overlay className="fixed inset-0 z-40 bg-slate-900/50" />
        <DialogPrimitive.Content
          aria-describedby={undefined}
          className="fixed inset-y-0 left-0 z-50 flex w-72 max-w-[85vw] flex-col bg-white p-4 shadow-xl focus:outline-none"
        >
          <div className="mb-6 flex items-center justify-between">
            <DialogPrimitive.Title asChild>
              <h2>
                <span className="sr-only">{t("menuTitle")}</span>
                <Brand />
              </h2>
            </DialogPrimitive.Title>
            <DialogPrimitive.Close asChild>
              <Button variant="ghost" size="icon" aria-label={tc("close")}>
                <X aria-hidden className="h-5 w-5" />
              </Button>
            </DialogPrimitive.Close>
          </div>
          <nav aria-label={t("mainNavigation")}>
            <NavLinks onNavigate={() => setOpen(false)} />
          </nav>
          <div className="mt-auto border-t border-slate-200 pt-4 text-sm">{footer}</div>
        </DialogPrimitive.Content>
      </DialogPrimitive.Portal>
    </DialogPrimitive.Root>
  );
}
