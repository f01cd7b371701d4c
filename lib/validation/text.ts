import { z } from "zod";

// The one rule every text field follows, whatever else its schema says: no NUL (PostgreSQL's text
// and jsonb refuse it, so it used to answer 500) and no unpaired UTF-16 surrogate (JSON.parse turns
// "\ud800" into one; stored, it became U+FFFD or another 500). Valid pairs (emoji) are fine.
const NUL = /\u0000/;
export const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export const TEXT_RULE_MESSAGE = "The text cannot contain NUL characters or unpaired surrogates.";

/** True when `value` is text PostgreSQL stores as given. Dependency-free for client code. */
export const isStorableText = (value: string) => !NUL.test(value) && !LONE_SURROGATE.test(value);

/** A string schema with the rule applied: build every text field's schema from this. */
export function text(params?: Parameters<typeof z.string>[0]) {
  return z.string(params).refine(isStorableText, { message: TEXT_RULE_MESSAGE, abort: true });
}
