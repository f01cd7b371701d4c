import { useId, type ReactNode } from "react";

/** A white card with a visible heading that names it (region). */
export function Section({ title, description, actions, children, flush = false }: { title: string; description?: string; actions?: ReactNode; children: ReactNode; flush?: boolean }) {
  const id = useId();
  return (
    <section aria-labelledby={id} className="overflow-hidden rounded-xl border border-slate-200 bg-white shadow-sm">
      <div className="flex flex-col gap-2 border-b border-slate-200 px-4 py-3 sm:flex-row sm:items-center sm:justify-between">
        <div>
          <h2 id={id} className="text-base font-semibold text-slate-900">
            {title}
          </h2>
          {description ? <p className="text-sm text-slate-600">{description}</p> : null}
        </div>
        {actions}
      </div>
      <div className={flush ? undefined : "p-4"}>{children}</div>
    </section>
  );
}
