import type { Locale } from "./config";
import type { Messages } from "./namespaces";

// Typed keys: a misspelt message key or a namespace missing from i18n/namespaces.ts fails typecheck.
declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: Messages;
  }
}
