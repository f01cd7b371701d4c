import type { ReactNode } from "react";
import { AdminShell } from "@/components/shell/admin-shell";
import { getActor } from "./actor";

// Layouts do not know the URL, so each page calls requireActor(its path) for the redirect
// back after login; without a user the layout just renders the page, which redirects.
export default async function AdminLayout({ children }: { children: ReactNode }) {
  const actor = await getActor();
  if (!actor) return children;
  return <AdminShell user={{ email: actor.email, role: actor.role, serviceName: actor.serviceName }}>{children}</AdminShell>;
}
