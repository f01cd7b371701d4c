import { z } from "zod";

// Shared by the route handlers and the console's forms: one definition of a valid request.
export const ACCOUNT_LIMIT = 10;
export const NAME_MAX_LENGTH = 100;
export const GRACE_PERIODS = [0, 3600, 86400] as const;

// C0/C1 controls, the Unicode line/paragraph separators and the bidirectional controls: invisible,
// they break layouts and logs, and a bidi override can make a name read as another.
const CONTROL_CHARS = /[\p{Cc}\u2028\u2029\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;
// A name made only of these shows as nothing: treated like an empty one.
const INVISIBLE = /^[\p{Cf}\p{Z}\p{M}\s\u115F\u1160\u3164\uFFA0]*$/u;
// 100 characters of up to 16 UTF-16 units each (a family emoji is 11): bounds what one name stores.
const NAME_MAX_UNITS = NAME_MAX_LENGTH * 16;

const graphemes = new Intl.Segmenter("en", { granularity: "grapheme" });

/** Characters as people count them: an emoji (a flag or a family too), a CJK character, a letter with its accents is one. */
export function nameLength(name: string): number {
  return Array.from(graphemes.segment(name)).length;
}

export const isBlankName = (name: string) => INVISIBLE.test(name);

export const accountNameSchema = z
  .string({ error: (issue) => (issue.input === undefined ? "Enter a name." : "The name must be text.") })
  .transform((value) => value.trim().normalize("NFC"))
  .refine((value) => !isBlankName(value), { message: "Enter a name." })
  .refine((value) => value.length <= NAME_MAX_UNITS && nameLength(value) <= NAME_MAX_LENGTH, {
    message: `Use at most ${NAME_MAX_LENGTH} characters.`,
  })
  .refine((value) => !CONTROL_CHARS.test(value), { message: "The name cannot contain control characters." });

export const createAccountSchema = z.strictObject({ name: accountNameSchema });
export const renameAccountSchema = z.strictObject({ name: accountNameSchema });
export const regenerateTokenSchema = z.strictObject({
  graceSeconds: z
    .literal(GRACE_PERIODS, { error: "graceSeconds must be 0, 3600 or 86400." })
    .optional(),
});
export const auditQuerySchema = z.object({
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

export type CreateAccountInput = z.infer<typeof createAccountSchema>;
export type RenameAccountInput = z.infer<typeof renameAccountSchema>;
export type GraceSeconds = (typeof GRACE_PERIODS)[number];

/** The public shape of a Zapier account: what every endpoint answers with, nothing more. */
export interface ZapierAccountDto {
  id: string;
  name: string;
  appId: string;
  baseUrl: string;
  tokenPreview: string;
  createdAt: string;
  updatedAt: string;
  lastUsedAt: string | null;
  tokenRegeneratedAt: string | null;
  previousTokenExpiresAt: string | null;
}

export type AuditAction =
  | "account.created"
  | "account.renamed"
  | "account.deleted"
  | "token.regenerated"
  | "token.revealed";

export interface AuditEventDto {
  id: string;
  action: AuditAction;
  actor: { id: string | null; email: string };
  accountId: string | null;
  accountName: string;
  ipAddress: string | null;
  metadata: Record<string, unknown> | null;
  createdAt: string;
}

export interface ListAccountsResponse {
  accounts: ZapierAccountDto[];
  limit: number;
}
export interface AccountResponse {
  account: ZapierAccountDto;
}
export interface AccountWithTokenResponse {
  account: ZapierAccountDto;
  appToken: string;
}
export interface AuditEventsResponse {
  events: AuditEventDto[];
  nextCursor: string | null;
}

/** An account's REST-hook subscription, as the console shows it. */
export interface HookView {
  id: string;
  event: string;
  targetUrl: string;
  createdAt: string;
}

/** One delivery of an event (or of an unsubscribe notice), as the console shows it. */
export interface DeliveryView {
  id: string;
  kind: "EVENT" | "UNSUBSCRIBE";
  event: string;
  status: "PENDING" | "DELIVERED" | "FAILED";
  attempts: number;
  lastStatusCode: number | null;
  lastError: string | null;
  createdAt: string;
  updatedAt: string;
  deliveredAt: string | null;
  nextAttemptAt: string | null;
}
