import { useTranslations } from "next-intl";
import { cn } from "@/components/ui/cn";

const BADGE = {
  DELIVERED: "bg-green-50 text-green-800 ring-green-600/30",
  PENDING: "bg-amber-50 text-amber-900 ring-amber-600/30",
  FAILED: "bg-red-50 text-red-800 ring-red-600/30",
} as const;

export function StatusBadge({ status }: { status: keyof typeof BADGE }) {
  const t = useTranslations("activity.statuses");
  return <span className={cn("inline-flex rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset", BADGE[status])}>{t(status)}</span>;
}
