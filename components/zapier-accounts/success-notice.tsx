"use client";

import { CircleCheck } from "lucide-react";
import { useEffect, useRef, type ReactNode } from "react";

/**
 * The success line of a dialog whose request just finished (Add, Regenerate). The dialog keeps its
 * title, so its accessible name is stable through the flow; this line says what happened. It takes
 * focus on mount, because the button that had focus (Confirm, Regenerate) is gone.
 */
export function SuccessNotice({ title, children }: { title: string; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div
      ref={ref}
      tabIndex={-1}
      className="mt-3 flex items-start gap-2.5 rounded-md border border-green-200 bg-green-50 px-3 py-2.5 focus:outline-none"
    >
      <CircleCheck aria-hidden className="mt-0.5 h-4 w-4 shrink-0 text-green-700" />
      <div className="min-w-0">
        <h3 className="text-sm font-semibold text-green-900">{title}</h3>
        {children}
      </div>
    </div>
  );
}
