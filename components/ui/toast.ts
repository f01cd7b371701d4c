"use client";

// sonner, loaded on first use: toasts follow a user's action, so its code is not part of the
// page's first JavaScript (the Toaster itself mounts lazily in components/providers.tsx).
type Sonner = typeof import("sonner");
let sonner: Promise<Sonner> | null = null;
const load = () => (sonner ??= import("sonner"));

export const toast = {
  success: (message: string) => void load().then((s) => s.toast.success(message)),
  error: (message: string) => void load().then((s) => s.toast.error(message)),
};
