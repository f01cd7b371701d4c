"use client";

import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import dynamic from "next/dynamic";
import { useTranslations } from "next-intl";
import { useState, type ReactNode } from "react";
import { ApiClientError } from "@/lib/zapier-accounts/api-client";

function makeQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        // A 4xx answer will not change on retry; a network blip or a 5xx may.
        retry: (count, error) => !(error instanceof ApiClientError && error.status >= 400 && error.status < 500) && count < 2,
      },
      mutations: { retry: false },
    },
  });
}

// Mounted right after hydration, from its own chunk: not part of the page's first JavaScript.
const Toaster = dynamic(() => import("sonner").then((m) => m.Toaster), { ssr: false });

export function Providers({ children }: { children: ReactNode }) {
  const t = useTranslations("common");
  const [client] = useState(makeQueryClient);
  return (
    <QueryClientProvider client={client}>
      {children}
      {/* Top right, under the header: at the bottom, toasts covered the dialogs' Close and Confirm buttons. */}
      <Toaster position="top-right" offset={{ top: 76 }} mobileOffset={{ top: 72 }} closeButton={false} containerAriaLabel={t("notifications")} />
    </QueryClientProvider>
  );
}
