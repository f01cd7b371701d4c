// The account rules with no dependency (no zod): what the console's client code checks before
// sending. lib/zapier-accounts/schemas.ts builds the API's zod schemas on these, so the server,
// which stays authoritative, and the form can never disagree. The name rule is ./name-rule.
import { nameProblem as nameRuleProblem, normalizeName } from "./name-rule";

export const ACCOUNT_LIMIT = 10;
export const GRACE_PERIODS = [0, 3600, 86400] as const;
export type GraceSeconds = (typeof GRACE_PERIODS)[number];
export { isBlankName, NAME_MAX_LENGTH, nameLength } from "./name-rule";

/** The message keys (messages/<lang>/errors.json) of what can be wrong with a name. */
export type NameProblem = "nameRequired" | "nameTooLong" | "nameInvalid" | "nameInvisible";

const MESSAGE_KEYS = { empty: "nameRequired", tooLong: "nameTooLong", controlCharacters: "nameInvalid", invisibleCharacters: "nameInvisible" } as const;

/** The name rule (trimmed, NFC): which part fails, or null when the name is valid. */
export function nameProblem(value: string): NameProblem | null {
  const problem = nameRuleProblem(normalizeName(value));
  return problem ? MESSAGE_KEYS[problem] : null;
}
