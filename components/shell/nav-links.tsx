"use client";

import { Plug } from "lucide-react";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId } from "react";
import { cn } from "@/components/ui/cn";

/** Administration › Service Integration › Third-party Integration. */
export function NavLinks({ onNavigate }: { onNavigate?: () => void }) {
  const t = useTranslations("shell");
  const pathname = usePathname();
  const adminId = useId();
  const groupId = useId();
  const active = pathname.startsWith("/admin/integrations");
  return (
    <div className="space-y-5">
      <div>
        <p id={adminId} className="px-3 text-xs font-semibold tracking-wider text-slate-500 uppercase">
          {t("administration")}
        </p>
        <div className="mt-2" role="group" aria-labelledby={adminId}>
          <p id={groupId} className="px-3 py-1 text-sm font-medium text-slate-700">
            {t("serviceIntegration")}
          </p>
          <ul role="list" aria-labelledby={groupId} className="mt-1 space-y-0.5">
            <li>
              <Link
                href="/admin/integrations"
                onClick={onNavigate}
                aria-current={pathname === "/admin/integrations" ? "page" : active ? "true" : undefined}
                className={cn(
                  "flex items-center gap-2 rounded-md py-1.5 pr-3 pl-6 text-sm focus-visible:outline-2 focus-visible:outline-blue-600",
                  active ? "bg-blue-50 font-medium text-blue-800" : "text-slate-700 hover:bg-slate-100",
                )}
              >
                <Plug aria-hidden className="h-4 w-4" />
                {t("thirdPartyIntegration")}
              </Link>
            </li>
          </ul>
        </div>
      </div>
    </div>
  );
}
