// The account-name rule, dependency-free: the zod schema (schemas.ts) and the console's name field
// both use it, so the form reports what the server would answer without shipping zod to the browser.

export const NAME_MAX_LENGTH = 100;
// 100 characters of up to 16 UTF-16 units each (a family emoji is 11): bounds what one name stores.
const NAME_MAX_UNITS = NAME_MAX_LENGTH * 16;

// C0/C1 controls, the Unicode line/paragraph separators and the bidirectional controls: invisible,
// they break layouts and logs, and a bidi override can make a name read as another.
const CONTROL_CHARS = /[\p{Cc}\u2028\u2029\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;
// A name made only of these shows as nothing: treated like an empty one.
const INVISIBLE = /^[\p{Cf}\p{Z}\p{M}\s\u115F\u1160\u3164\uFFA0\p{Default_Ignorable_Code_Point}]*$/u;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
// Zero-width space, word joiner, soft hyphen, variation selectors, tags, Hangul fillers…: they show
// as nothing, so "Acme One" and "Acme One" + U+FE0F would read the same.
const IGNORABLE = /\p{Default_Ignorable_Code_Point}/u;
// Where those code points belong: inside a valid emoji sequence. A pictograph with a skin tone, a
// presentation selector or a tag sequence (subdivision flags), joined by ZWJ to more of them; a
// keycap; an emoji with VS15/VS16 (not a bare digit, #, *: "1" + VS16 reads as "1").
const EMOJI_SEQUENCE = new RegExp(
  [
    "\\p{Extended_Pictographic}(?:\\p{Emoji_Modifier}|[\\uFE0E\\uFE0F]|[\\u{E0020}-\\u{E007E}]+\\u{E007F})?" +
      "(?:\\u200D\\p{Extended_Pictographic}(?:\\p{Emoji_Modifier}|[\\uFE0E\\uFE0F])?)*",
    "[0-9#*]\\uFE0F?\\u20E3",
    "(?![0-9#*])\\p{Emoji}[\\uFE0E\\uFE0F]",
  ].join("|"),
  "gu",
);

// Made on first use, not when the module loads: building a grapheme segmenter loads ICU's break
// rules (~15 ms here, ~60 ms on Lighthouse's throttled phone), and every console page loads this
// module while only a name being checked needs it.
let graphemes: Intl.Segmenter | undefined;

/** Characters as people count them: an emoji (a flag or a family too), a CJK character, a letter with its accents is one. */
export function nameLength(name: string): number {
  graphemes ??= new Intl.Segmenter("en", { granularity: "grapheme" });
  return Array.from(graphemes.segment(name)).length;
}

/** The name as stored: trimmed, NFC. */
export const normalizeName = (raw: string) => raw.trim().normalize("NFC");

export const isBlankName = (name: string) => INVISIBLE.test(name);

export type NameProblem = "empty" | "tooLong" | "controlCharacters" | "invisibleCharacters";

export const NAME_MESSAGES: Record<NameProblem, string> = {
  empty: "Enter a name.",
  tooLong: `Use at most ${NAME_MAX_LENGTH} characters.`,
  controlCharacters: "The name cannot contain control characters.",
  invisibleCharacters: "The name cannot contain invisible characters (such as zero-width spaces or soft hyphens).",
};

/** What is wrong with a (normalized) name, or null. */
export function nameProblem(name: string): NameProblem | null {
  if (LONE_SURROGATE.test(name) || CONTROL_CHARS.test(name)) return "controlCharacters";
  if (isBlankName(name)) return "empty";
  if (name.length > NAME_MAX_UNITS || nameLength(name) > NAME_MAX_LENGTH) return "tooLong";
  if (IGNORABLE.test(name.replace(EMOJI_SEQUENCE, "x"))) return "invisibleCharacters";
  return null;
}

/**
 * The key two names are compared by (unique per service): NFKC, then full case folding, then NFKC
 * again, and emoji presentation selectors dropped ("❤️" = "❤"). JavaScript has no case folding:
 * lower → upper → lower gives the full mappings that matter (ß and ẞ → ss, ﬀ → ff, ŉ → ʼn), and
 * final sigma is folded to σ by hand.
 */
export function nameKey(name: string): string {
  return name
    .normalize("NFKC")
    .toLowerCase()
    .toUpperCase()
    .toLowerCase()
    .replace(/ς/g, "σ")
    .normalize("NFKC")
    .replace(/[\uFE0E\uFE0F]/g, "");
}
