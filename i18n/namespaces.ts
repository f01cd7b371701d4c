import type { Locale } from "./config";

type Loader<T> = () => Promise<{ default: T }>;

/**
 * One namespace: its English file defines the keys; the Traditional Chinese file must have
 * every one of them (checked by `npm run typecheck`).
 */
function namespace<T>(en: Loader<T>, zhHant: Loader<NoInfer<T>>): Record<Locale, Loader<T>> {
  return { en, "zh-Hant": zhHant };
}

/**
 * Every message namespace: `messages/<locale>/<namespace>.json`, merged per request by
 * i18n/request.ts. TO ADD A NAMESPACE, add one line here, e.g.
 *   activity: namespace(() => import("@/messages/en/activity.json"), () => import("@/messages/zh-Hant/activity.json")),
 * Static imports (not a directory scan) so every bundler sees the files and the keys are typed.
 */
export const NAMESPACES = {
  common: namespace(() => import("@/messages/en/common.json"), () => import("@/messages/zh-Hant/common.json")),
  auth: namespace(() => import("@/messages/en/auth.json"), () => import("@/messages/zh-Hant/auth.json")),
  shell: namespace(() => import("@/messages/en/shell.json"), () => import("@/messages/zh-Hant/shell.json")),
  integrations: namespace(() => import("@/messages/en/integrations.json"), () => import("@/messages/zh-Hant/integrations.json")),
  zapier: namespace(() => import("@/messages/en/zapier.json"), () => import("@/messages/zh-Hant/zapier.json")),
  errors: namespace(() => import("@/messages/en/errors.json"), () => import("@/messages/zh-Hant/errors.json")),
  activity: namespace(() => import("@/messages/en/activity.json"), () => import("@/messages/zh-Hant/activity.json")),
  sandbox: namespace(() => import("@/messages/en/sandbox.json"), () => import("@/messages/zh-Hant/sandbox.json")),
};

type Namespaces = typeof NAMESPACES;
export type Messages = {
  [K in keyof Namespaces]: Awaited<ReturnType<Namespaces[K]["en"]>>["default"];
};

export async function loadMessages(locale: Locale): Promise<Messages> {
  const entries = await Promise.all(
    Object.entries(NAMESPACES).map(async ([name, loaders]) => [name, (await loaders[locale]()).default] as const),
  );
  return Object.fromEntries(entries) as Messages;
}
