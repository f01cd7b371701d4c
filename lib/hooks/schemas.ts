import { z } from "zod";
import { EVENT_NAMES } from "@/lib/events/catalog";

export const HOOK_LIMIT = 100;

export const subscribeSchema = z.strictObject({
  event: z.enum(EVENT_NAMES, { error: `event must be one of: ${EVENT_NAMES.join(", ")}.` }),
  targetUrl: z.string({ error: "targetUrl is required." }).min(1, "targetUrl is required.").max(2048, "targetUrl is too long."),
});

export type { HookView as HookDto } from "@/lib/zapier-accounts/schemas";
