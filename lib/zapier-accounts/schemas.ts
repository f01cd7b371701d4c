import { z } from "zod";
import { text } from "@/lib/validation/text";
import { NAME_MESSAGES, nameProblem, normalizeName } from "./name-rule";
import { GRACE_PERIODS } from "./rules";

// Shared by the route handlers and the console's forms: one definition of a valid request. The
// rules themselves live in ./rules and ./name-rule (no zod), which the browser code imports instead.
export { ACCOUNT_LIMIT, GRACE_PERIODS, isBlankName, NAME_MAX_LENGTH, nameLength, type GraceSeconds } from "./rules";

export const accountNameSchema = text({ error: (issue) => (issue.input === undefined ? "Enter a name." : "The name must be text.") })
  .transform(normalizeName)
  .superRefine((value, ctx) => {
    const problem = nameProblem(value);
    if (problem) ctx.addIssue({ code: "custom", message: NAME_MESSAGES[problem] });
  });

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
  action: z.string().max(64).optional(),
  accountId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/).optional(),
  actor: z.string().max(320).optional(),
});
export const auditExportSchema = auditQuerySchema.omit({ cursor: true, limit: true });

export type CreateAccountInput = z.infer<typeof createAccountSchema>;
export type RenameAccountInput = z.infer<typeof renameAccountSchema>;

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
