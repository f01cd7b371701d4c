"use client";

import { Menu } from "lucide-react";
import dynamic from "next/dynamic";
import { useTranslations } from "next-intl";
import { useState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";

// The sheet (a Radix dialog) loads on first use: it is not part of the page's first JavaScript.
const MobileNavSheet = dynamic(() => import("./mobile-nav-sheet").then((m) => m.MobileNavSheet));

/** Below the lg breakpoint the side navigation opens as a sheet. */
export function MobileNav({ footer }: { footer: ReactNode }) {
  const t = useTranslations("shell");
  const [open, setOpen] = useState(false);
  const [loaded, setLoaded] = useState(false);
  return (
    <>
      <Button
        variant="ghost"
        size="icon"
        className="lg:hidden"
        aria-label={t("openMenu")}
        aria-haspopup="dialog"
        aria-expanded={open}
        onPointerEnter={() => void import("./mobile-nav-sheet")}
        onClick={() => {
          setLoaded(true);
          setOpen(true);
        }}
      >
        <Menu aria-hidden className="h-5 w-5" />
      </Button>
      {loaded ? <MobileNavSheet footer={footer} open={open} onOpenChange={setOpen} /> : null}
    </>
  );
}
