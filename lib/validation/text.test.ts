import { describe, expect, it } from "vitest";
import { isStorableText, text } from "./text";

describe("the text rule", () => {
  it("refuses NUL and unpaired surrogates, keeps pairs", () => {
    for (const bad of ["a\u0000b", "a\ud800b", "a\udc00b", "\ud83d", "x\ude00"]) expect(isStorableText(bad), JSON.stringify(bad)).toBe(false);
    for (const good of ["", "plain", "😀", "a\nb", "漢字", "👨‍👩‍👧"]) expect(isStorableText(good), good).toBe(true);
    // What JSON.parse makes of an escaped lone surrogate.
    expect(isStorableText(JSON.parse('"a\\ud800b"') as string)).toBe(false);
  });

  it("composes with the field's own limits, and reports the rule first", () => {
    const schema = text().pipe(textLimit());
    expect(schema.safeParse("a\u0000b").error?.issues[0]?.message).toContain("NUL");
    expect(text().min(1).safeParse("").success).toBe(false);
  });
});

function textLimit() {
  return text().max(10);
}
