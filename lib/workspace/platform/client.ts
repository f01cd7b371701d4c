import crypto from "node:crypto";
import { z } from "zod";
import { ApiError } from "@/lib/api/errors";
import type { ActionName } from "@/contract/actions";
import { workspaceConfig, type WorkspaceConfig } from "../config";
import type { WorkspaceCaller } from "../port";

/** The key PLATFORM_SECRET stands for: a Standard Webhooks `whsec_…` secret is base64, any other is its UTF-8 bytes. */
export function platformKey(secret: string): Buffer {
  return secret.startsWith("whsec_") ? Buffer.from(secret.slice("whsec_".length), "base64") : Buffer.from(secret, "utf8");
}

/** Standard Webhooks headers: webhook-id, webhook-timestamp (Unix seconds), webhook-signature `v1,<base64 HMAC-SHA256 of "{id}.{timestamp}.{body}">`. */
export function signPlatformRequest(secret: string, body: string, id = `msg_${crypto.randomBytes(12).toString("base64url")}`, timestamp = Math.floor(Date.now() / 1000)) {
  const signature = crypto.createHmac("sha256", platformKey(secret)).update(`${id}.${timestamp}.${body}`, "utf8").digest("base64");
  return { "webhook-id": id, "webhook-timestamp": String(timestamp), "webhook-signature": `v1,${signature}` };
}

const platformError = z.object({ error: z.object({ message: z.string().optional(), field: z.string().optional() }).optional(), message: z.string().optional() }).passthrough();

// What the platform says reaches our callers: one line, no control characters, bounded.
const clean = (value: string | undefined) => value?.replace(/[\u0000-\u001F\u007F-\u009F]/g, " ").trim().slice(0, 500) || undefined;

function messageOf(text: string): { message?: string; field?: string } {
  try {
    const parsed = platformError.safeParse(JSON.parse(text));
    if (parsed.success) return { message: clean(parsed.data.error?.message ?? parsed.data.message), field: clean(parsed.data.error?.field) };
  } catch {
    /* not JSON */
  }
  return {};
}

let cachedConfig: WorkspaceConfig | undefined;
const defaultConfig = () => (cachedConfig ??= workspaceConfig());

const unavailable = (action: ActionName, reason: string) => {
  console.error(`[platform] ${action}: ${reason}`);
  return new ApiError("platform_unavailable");
};

/**
 * Forwards one action: `POST {PLATFORM_URL}/zapier-actions/{action}` with `{ serviceId, accountId, input }`,
 * signed, within the timeout; the answer must be `{ [resultKey]: … }` that `schema` accepts.
 * 404 → 404, 429 → 429 (its Retry-After), other 4xx → 422 with its message, anything else → 502.
 */
export async function forwardAction<T>(
  action: ActionName,
  caller: WorkspaceCaller,
  input: unknown,
  resultKey: string,
  schema: z.ZodType<T>,
  config: WorkspaceConfig = defaultConfig(),
): Promise<T> {
  if (!config.platformUrl) throw new Error("forwardAction needs PLATFORM_URL");
  const body = JSON.stringify({ serviceId: caller.serviceId, accountId: caller.accountId, input });
  let response: Response;
  let text: string;
  try {
    response = await fetch(`${config.platformUrl}/zapier-actions/${action}`, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json", ...signPlatformRequest(config.platformSecret, body) },
      body,
      redirect: "error",
      signal: AbortSignal.timeout(config.platformTimeoutMs),
    });
    text = await response.text();
  } catch (error) {
    const name = (error as Error).name;
    throw unavailable(action, name === "TimeoutError" ? `no answer within ${config.platformTimeoutMs} ms` : `request failed (${(error as Error).message})`);
  }
  const status = response.status;
  if (status >= 200 && status < 300) {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw unavailable(action, `answered ${status} with a body that is not JSON`);
    }
    const parsed = z.object({ [resultKey]: schema }).safeParse(json);
    if (!parsed.success) throw unavailable(action, `answered ${status} with an invalid ${resultKey}: ${parsed.error.issues[0]?.path.join(".")} ${parsed.error.issues[0]?.message}`);
    return (parsed.data as Record<string, T>)[resultKey] as T;
  }
  const { message, field } = messageOf(text);
  if (status === 404) throw new ApiError("not_found", message, { field });
  if (status === 429) {
    const retryAfter = response.headers.get("retry-after");
    throw new ApiError("rate_limited", message, { headers: retryAfter && /^\d{1,6}$/.test(retryAfter.trim()) ? { "Retry-After": retryAfter.trim() } : {} });
  }
  if (status >= 400 && status < 500) throw new ApiError("invalid_input", message, { field });
  throw unavailable(action, `answered ${status}`);
}
