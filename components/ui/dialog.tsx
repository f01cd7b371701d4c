"use client";

import type { ComponentProps, ReactNode } from "react";
import { AlertDialog as AlertPrimitive, Dialog as DialogPrimitive } from "radix-ui";
import { cn } from "./cn";

// Styled Radix dialogs: Radix traps focus, restores it on close, labels the dialog by its
// title and description, and closes on Escape (unless the caller prevents it).

const overlayClass = "fixed inset-0 z-40 bg-slate-900/50 data-[state=open]:animate-[fade-in_120ms_ease-out]";
const contentClass = cn(
  "fixed top-1/2 left-1/2 z-50 flex max-h-[calc(100dvh-2rem)] w-[calc(100vw-2rem)] -translate-x-1/2 -translate-y-1/2 flex-col",
  "rounded-xl bg-white shadow-2xl ring-1 ring-slate-900/10 focus:outline-none",
  "data-[state=open]:animate-[dialog-in_140ms_ease-out]",
);
const widths = { md: "max-w-lg", lg: "max-w-2xl" } as const;

export const Dialog = DialogPrimitive.Root;
export const DialogTrigger = DialogPrimitive.Trigger;
export const DialogClose = DialogPrimitive.Close;

export function DialogContent({
  className,
  children,
  width = "md",
  ...props
}: ComponentProps<typeof DialogPrimitive.Content> & { width?: keyof typeof widths }) {
  return (
    <DialogPrimitive.Portal>
      <DialogPrimitive.Overlay className={overlayClass} />
      <DialogPrimitive.Content className={cn(contentClass, widths[width], className)} {...props}>
        {children}
      </DialogPrimitive.Content>
    </DialogPrimitive.Portal>
  );
}

export function DialogTitle({ className, ...props }: ComponentProps<typeof DialogPrimitive.Title>) {
  return <DialogPrimitive.Title className={cn("text-lg font-semibold text-slate-900", className)} {...props} />;
}

export function DialogDescription({ className, ...props }: ComponentProps<typeof DialogPrimitive.Description>) {
  return <DialogPrimitive.Description className={cn("mt-1 text-sm text-slate-600", className)} {...props} />;
}

export const AlertDialog = AlertPrimitive.Root;
export const AlertDialogCancel = AlertPrimitive.Cancel;
export const AlertDialogAction = AlertPrimitive.Action;

export function AlertDialogContent({
  className,
  children,
  width = "md",
  ...props
}: ComponentProps<typeof AlertPrimitive.Content> & { width?: keyof typeof widths }) {
  return (
    <AlertPrimitive.Portal>
      <AlertPrimitive.Overlay className={overlayClass} />
      <AlertPrimitive.Content className={cn(contentClass, widths[width], className)} {...props}>
        {children}
      </AlertPrimitive.Content>
    </AlertPrimitive.Portal>
  );
}

export function AlertDialogTitle({ className, ...props }: ComponentProps<typeof AlertPrimitive.Title>) {
  return <AlertPrimitive.Title className={cn("text-lg font-semibold text-slate-900", className)} {...props} />;
}

export function AlertDialogDescription({ className, ...props }: ComponentProps<typeof AlertPrimitive.Description>) {
  return <AlertPrimitive.Description className={cn("text-sm text-slate-700", className)} {...props} />;
}

/** Scrollable middle of a dialog between a fixed header and footer. */
export function DialogBody({ children, className }: { children: ReactNode; className?: string }) {
  return <div className={cn("min-h-0 flex-1 overflow-y-auto px-6 pb-2", className)}>{children}</div>;
}

export function DialogHeader({ children }: { children: ReactNode }) {
  return <div className="px-6 pt-6 pb-4">{children}</div>;
}

export function DialogFooter({ children }: { children: ReactNode }) {
  return (
    <div className="flex flex-col-reverse gap-2 border-t border-slate-200 px-6 py-4 sm:flex-row sm:justify-end">{children}</div>
  );
}
