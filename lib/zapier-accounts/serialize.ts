import { appUrl } from "@/lib/env";
import type { ZapierAccountDto } from "./schemas";

export function baseUrl(): string {
  return `${appUrl()}/api/zapier/v1`;
}

type AccountRow = {
  id: string;
  name: string;
  appId: string;
  tokenPreview: string;
  createdAt: Date;
  updatedAt: Date;
  lastUsedAt: Date | null;
  tokenRegeneratedAt: Date | null;
  previousTokenExpiresAt: Date | null;
};

/** Built field by field: the token hash and ciphertext can never reach a response by accident. */
export function toAccountDto(row: AccountRow, now = new Date()): ZapierAccountDto {
  const previousLive = row.previousTokenExpiresAt && row.previousTokenExpiresAt > now ? row.previousTokenExpiresAt : null;
  return {
    id: row.id,
    name: row.name,
    appId: row.appId,
    baseUrl: baseUrl(),
    tokenPreview: row.tokenPreview,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    tokenRegeneratedAt: row.tokenRegeneratedAt?.toISOString() ?? null,
    previousTokenExpiresAt: previousLive?.toISOString() ?? null,
  };
}

/** The columns toAccountDto needs: what list/get queries select. */
export const accountSelect = {
  id: true,
  name: true,
  appId: true,
  tokenPreview: true,
  createdAt: true,
  updatedAt: true,
  lastUsedAt: true,
  tokenRegeneratedAt: true,
  previousTokenExpiresAt: true,
} as const;
