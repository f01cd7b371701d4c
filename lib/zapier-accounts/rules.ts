// The account rules with no dependency (no zod): what the console's client code checks before
// sending. lib/zapier-accounts/schemas.ts builds the API's zod schemas on these, so the server,
// which stays authoritative, and the form can never disagree.
export const ACCOUNT_LIMIT = 10;
export const NAME_MAX_LENGTH = 100;
export const GRACE_PERIODS = [0, 3600, 86400] as const;
export type GraceSeconds = (typeof GRACE_PERIODS)[number];

// C0/C1 controls, the Unicode line/paragraph separators and the bidirectional controls: invisible,
// they break layouts and logs, and a bidi override can make a name read as another.
export const CONTROL_CHARS = /[\p{Cc}\u2028\u2029\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;
// A name made only of these shows as nothing: treated like an empty one.
const INVISIBLE = /^[\p{Cf}\p{Z}\p{M}\s\u115F\u1160\u3164\uFFA0]*$/u;
// 100 characters of up to 16 UTF-16 units each (a family emoji is 11): bounds what one name stores.
export const NAME_MAX_UNITS = NAME_MAX_LENGTH * 16;

const graphemes = new Intl.Segmenter("en", { granularity: "grapheme" });

/** Characters as people count them: an emoji (a flag or a family too), a CJK character, a letter with its accents is one. */
export function nameLength(name: string): number {
  return Array.from(graphemes.segment(name)).length;
}

export const isBlankName = (name: string) => INVISIBLE.test(name);

export type NameProblem = "nameRequired" | "nameTooLong" | "nameInvalid";

/** The name rule (trimmed, NFC): which part fails, or null when the name is valid. */
export function nameProblem(value: string): NameProblem | null {
  const name = value.trim().normalize("NFC");
  if (isBlankName(name)) return "nameRequired";
  if (name.length > NAME_MAX_UNITS || nameLength(name) > NAME_MAX_LENGTH) return "nameTooLong";
  if (CONTROL_CHARS.test(name)) return "nameInvalid";
  return null;
}
