import "server-only";
import { redirect } from "next/navigation";
import { cache } from "react";
import { currentActor, type Actor } from "@/lib/auth/session";

/** One database lookup per request, shared by the layout and the page. */
export const getActor = cache(currentActor);

export type SearchParams = Record<string, string | string[] | undefined>;

/** `path` with the page's query string, as the browser asked for it. */
function withQuery(path: string, searchParams: SearchParams = {}): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(searchParams)) {
    for (const item of Array.isArray(value) ? value : value === undefined ? [] : [value]) query.append(key, item);
  }
  const search = query.toString();
  return search ? `${path}?${search}` : path;
}

/**
 * The signed-in user, or a redirect to the login page that comes back to `path` and its query
 * (the login page still accepts only same-origin relative callbackUrls).
 */
export async function requireActor(path: string, searchParams?: SearchParams): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect(`/login?callbackUrl=${encodeURIComponent(withQuery(path, searchParams))}`);
  return actor;
}
