"use client";

import { useTranslations } from "next-intl";
import { ApiClientError } from "@/lib/zapier-accounts/api-client";
import { ACCOUNT_LIMIT, NAME_MAX_LENGTH, nameProblem } from "@/lib/zapier-accounts/rules";

export { nameProblem, type NameProblem } from "@/lib/zapier-accounts/rules";

const API_CODES = [
  "invalid_json",
  "unauthenticated",
  "invalid_credentials",
  "forbidden",
  "cross_origin",
  "not_found",
  "method_not_allowed",
  "name_taken",
  "limit_reached",
  "not_retryable",
  "payload_too_large",
  "unsupported_media_type",
  "invalid_input",
  "rate_limited",
  "internal_error",
  "network_error",
] as const;
type KnownCode = (typeof API_CODES)[number];
const isKnownCode = (code: string): code is KnownCode => (API_CODES as readonly string[]).includes(code);

/** Codes that are about the name the admin typed: shown next to the name field. */
const NAME_CODES = new Set(["name_taken", "limit_reached", "invalid_input", "payload_too_large"]);

export function isNameError(error: unknown): boolean {
  return error instanceof ApiClientError && (NAME_CODES.has(error.code) || error.field === "name");
}

/** Every error the console can meet, as one clear sentence in the current language. */
export function useErrorMessage() {
  const t = useTranslations("errors");
  return (error: unknown, context?: { name?: string }): string => {
    if (!(error instanceof ApiClientError)) return t("unknown");
    if (error.code === "invalid_input" && error.field === "name" && context?.name !== undefined) {
      const problem = nameProblem(context.name);
      if (problem) return t(problem, { max: NAME_MAX_LENGTH });
    }
    if (error.code === "limit_reached") return t("limit_reached", { limit: ACCOUNT_LIMIT });
    if (isKnownCode(error.code)) return t(error.code);
    if (error.status >= 500) return t("internal_error");
    return t("unknown");
  };
}

export function isUnauthenticated(error: unknown): boolean {
  return error instanceof ApiClientError && error.status === 401;
}
