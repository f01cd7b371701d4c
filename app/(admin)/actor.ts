import "server-only";
import { redirect } from "next/navigation";
import { cache } from "react";
import { currentActor, type Actor } from "@/lib/auth/session";

/** One database lookup per request, shared by the layout and the page. */
export const getActor = cache(currentActor);

/** The signed-in user, or a redirect to the login page that comes back to `path`. */
export async function requireActor(path: string): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect(`/login?callbackUrl=${encodeURIComponent(path)}`);
  return actor;
}
