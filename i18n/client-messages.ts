import "server-only";
import { getMessages } from "next-intl/server";
import type { Messages } from "./namespaces";

type Namespace = keyof Messages;

/**
 * The namespaces client components read on every page: the shell, the Zapier pages and their
 * dialogs. They travel in each page's RSC payload, so the root layout sends only these; a page whose
 * client components read another (login: auth, the sandbox: sandbox) wraps them in a
 * NextIntlClientProvider of `clientMessages(thatNamespace)`.
 */
const SHARED: readonly Namespace[] = ["common", "shell", "errors", "zapier", "activity"];

export async function clientMessages(...extra: Namespace[]): Promise<Partial<Messages>> {
  const messages = (await getMessages()) as Messages;
  return Object.fromEntries([...SHARED, ...extra].map((name) => [name, messages[name]]));
}
