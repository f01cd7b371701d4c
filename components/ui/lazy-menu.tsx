"use client";

import { useEffect, useRef, useState, type ComponentProps, type KeyboardEvent, type ReactNode } from "react";
import { Button, type ButtonProps } from "./button";

type MenuModule = typeof import("./dropdown-menu");
let loaded: MenuModule | null = null;
let loading: Promise<MenuModule> | null = null;
const loadMenu = () => (loading ??= import("./dropdown-menu").then((m) => (loaded = m)));

interface LazyMenuProps {
  /** The trigger button's props (name, variant, ref…) and content. */
  trigger: Omit<ButtonProps, "children" | "ref"> & { ref?: (element: HTMLButtonElement | null) => void };
  triggerContent: ReactNode;
  modal?: boolean;
  contentProps?: Omit<ComponentProps<MenuModule["DropdownMenuContent"]>, "children">;
  /** The items, built with the loaded module's components. */
  children: (menu: MenuModule) => ReactNode;
}

/**
 * A Radix dropdown menu whose code loads on first use. Until then the trigger is a plain button
 * with the same name (pointing at it or focusing it fetches the code ahead); pressing it swaps in
 * the real trigger and opens the menu, focused (from the keyboard, on its first item); on close,
 * Radix returns focus to the trigger.
 */
export function LazyMenu({ trigger, triggerContent, modal, contentProps, children }: LazyMenuProps) {
  const [menu, setMenu] = useState<MenuModule | null>(loaded);
  const [open, setOpen] = useState(false);
  const real = useRef<HTMLButtonElement | null>(null);
  const byKeyboard = useRef(false);
  const content = useRef<HTMLDivElement>(null);

  // Opened from the keyboard before the menu existed: start on the first item, as Radix would.
  useEffect(() => {
    if (!open || !byKeyboard.current) return;
    byKeyboard.current = false;
    const frame = requestAnimationFrame(() => content.current?.querySelector<HTMLElement>("[role=menuitem]")?.focus());
    return () => cancelAnimationFrame(frame);
  }, [open]);
  const { ref, ...buttonProps } = trigger;

  // Only fetched ahead: swapping the button while it is being pressed would lose the press.
  const prepare = () => void loadMenu();

  function activate(keyboard: boolean) {
    byKeyboard.current = keyboard;
    void loadMenu().then((m) => {
      setMenu(m);
      setOpen(true);
    });
  }

  const setRef = (el: HTMLButtonElement | null) => {
    real.current = el;
    ref?.(el);
  };

  if (!menu) {
    return (
      <Button
        {...buttonProps}
        ref={setRef}
        aria-haspopup="menu"
        aria-expanded={false}
        onPointerEnter={prepare}
        onFocus={prepare}
        onClick={(e) => activate(e.detail === 0)}
        onKeyDown={(e: KeyboardEvent<HTMLButtonElement>) => {
          if (e.key === "ArrowDown") {
            e.preventDefault();
            activate(true);
          }
        }}
      >
        {triggerContent}
      </Button>
    );
  }
  const { DropdownMenu, DropdownMenuContent, DropdownMenuTrigger } = menu;
  return (
    <DropdownMenu open={open} onOpenChange={setOpen} modal={modal}>
      <DropdownMenuTrigger asChild>
        <Button {...buttonProps} ref={setRef}>
          {triggerContent}
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent {...contentProps} ref={content}>
        {children(menu)}
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
