import { z } from "zod";
import type { ActionField } from "@/contract/actions";

// C0 and C1 controls and DEL; multi-line text keeps tab, line feed and carriage return.
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/;
const CONTROL_EXCEPT_LINES = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Length in characters as a person counts them (code points, not UTF-16 units). */
export const charLength = (value: string) => [...value].length;

/**
 * The one string rule of the workspace's inputs: a string of 1…max characters, no control
 * characters (line breaks allowed in multi-line text), no NUL, no lone surrogates (which jsonb
 * and PostgreSQL text refuse). Every message names the field.
 */
export function textRule(field: string, max: number, { multiline = false, min = 1 }: { multiline?: boolean; min?: number } = {}) {
  return z
    .string({ error: (issue) => (issue.input === undefined ? `${field} is required.` : `${field} must be a string.`) })
    .superRefine((value, ctx) => {
      const length = charLength(value);
      if (length < min) ctx.addIssue({ code: "custom", message: `${field} must not be empty.` });
      else if (length > max) ctx.addIssue({ code: "custom", message: `${field} must be at most ${max} characters.` });
      else if ((multiline ? CONTROL_EXCEPT_LINES : CONTROL).test(value)) ctx.addIssue({ code: "custom", message: `${field} must not contain control characters.` });
      else if (LONE_SURROGATE.test(value)) ctx.addIssue({ code: "custom", message: `${field} contains an invalid character (a lone surrogate).` });
    });
}

const E164 = /^\+[1-9][0-9]{3,14}$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const EMAIL = /^[^\s@"(),:;<>[\\\]]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;

// ISO 639-1: every two-letter language code.
const ISO_639_1 = new Set(
  ("aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz ee el en eo es et eu " +
    "fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko " +
    "kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi " +
    "pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk " +
    "ur uz ve vi vo wa wo xh yi yo za zh zu").split(" "),
);

function validDate(value: string) {
  const m = DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return y >= 1900 && date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** The zod schema of one contract field: its string rule, then its choices or format. */
export function fieldSchema(field: ActionField) {
  const base = textRule(field.key, field.maxLength, { multiline: field.format === "multiline" });
  const { key } = field;
  if (field.choices) {
    const choices = field.choices;
    return base.refine((v) => choices.includes(v), { message: `${key} must be one of: ${choices.join(", ")}.` });
  }
  switch (field.format) {
    case "e164":
      return base.refine((v) => E164.test(v), { message: `${key} must be a phone number in E.164 format, such as +85291234567.` });
    case "email":
      return base.refine((v) => EMAIL.test(v), { message: `${key} must be an email address, such as name@example.com.` });
    case "language":
      return base.refine((v) => ISO_639_1.has(v), { message: `${key} must be an ISO 639-1 language code, such as en or zh.` });
    case "date":
      return base.refine(validDate, { message: `${key} must be a date as YYYY-MM-DD, such as 1990-04-21.` });
    default:
      return base;
  }
}

/** Output side: a nullable value that may be left out (then null). */
export const nullish = <T extends z.ZodType>(schema: T) => schema.nullish().transform((v) => v ?? null);
export const isoDate = z.iso.datetime({ offset: true });
