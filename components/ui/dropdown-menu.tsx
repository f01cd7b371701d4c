"use client";

import type { ComponentProps } from "react";
import { DropdownMenu as MenuPrimitive } from "radix-ui";
import { cn } from "./cn";

export const DropdownMenu = MenuPrimitive.Root;
export const DropdownMenuTrigger = MenuPrimitive.Trigger;
export const DropdownMenuRadioGroup = MenuPrimitive.RadioGroup;

export function DropdownMenuContent({ className, sideOffset = 4, align = "end", ...props }: ComponentProps<typeof MenuPrimitive.Content>) {
  return (
    <MenuPrimitive.Portal>
      <MenuPrimitive.Content
        sideOffset={sideOffset}
        align={align}
        className={cn("z-50 min-w-44 rounded-lg bg-white p-1 shadow-lg ring-1 ring-slate-900/10 focus:outline-none", className)}
        {...props}
      />
    </MenuPrimitive.Portal>
  );
}

const itemClass =
  "flex cursor-default items-center gap-2 rounded-md px-2.5 py-1.5 text-sm text-slate-800 outline-none select-none data-[highlighted]:bg-slate-100 data-[disabled]:text-slate-400";

export function DropdownMenuItem({ className, tone, ...props }: ComponentProps<typeof MenuPrimitive.Item> & { tone?: "danger" }) {
  return (
    <MenuPrimitive.Item
      className={cn(itemClass, tone === "danger" && "text-red-700 data-[highlighted]:bg-red-50", className)}
      {...props}
    />
  );
}

export function DropdownMenuRadioItem({ className, children, ...props }: ComponentProps<typeof MenuPrimitive.RadioItem>) {
  return (
    <MenuPrimitive.RadioItem className={cn(itemClass, "pl-7 relative", className)} {...props}>
      <MenuPrimitive.ItemIndicator className="absolute left-2.5 inline-flex" aria-hidden>
        <span className="h-1.5 w-1.5 rounded-full bg-blue-700" />
      </MenuPrimitive.ItemIndicator>
      {children}
    </MenuPrimitive.RadioItem>
  );
}

export function DropdownMenuSeparator() {
  return <MenuPrimitive.Separator className="my-1 h-px bg-slate-200" />;
}
