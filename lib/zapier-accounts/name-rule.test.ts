import { describe, expect, it } from "vitest";
import { nameKey, nameProblem } from "./name-rule";

describe("nameProblem", () => {
  it.each([
    ["Acme\u200bOne", "invisibleCharacters"],
    ["Acme\u2060One", "invisibleCharacters"],
    ["Ac\u00adme", "invisibleCharacters"],
    ["Acme One\ufe0f", "invisibleCharacters"],
    ["Acme 1\ufe0f", "invisibleCharacters"],
    ["Ac\u200dme", "invisibleCharacters"],
    ["Acme\u180eOne", "invisibleCharacters"],
    ["Acme \u{e0041}", "invisibleCharacters"],
    ["Acme\u3164", "invisibleCharacters"],
    ["\u200b", "empty"],
    ["a\u0000b", "controlCharacters"],
    ["a\ud800b", "controlCharacters"],
    ["x".repeat(101), "tooLong"],
  ])("%j → %s", (name, problem) => {
    expect(nameProblem(name)).toBe(problem);
  });

  it.each(["Acme One", "Team 👨‍👩‍👧", "Love ❤️", "Love ❤︎", "Line 1️⃣", "#⃣ hash", "Scotland 🏴󠁧󠁢󠁳󠁣󠁴󠁿", "Wave 👋🏽", "Pride 🏳️‍🌈", "漢字 サポート", "Straße"])("accepts %j", (name) => {
    expect(nameProblem(name)).toBeNull();
  });
});

describe("nameKey", () => {
  it.each([
    ["Straße", "STRASSE"],
    ["Straße", "STRAẞE"],
    ["straße", "Strasse"],
    ["ΣΊΣΥΦΟΣ", "σίσυφος"],
    ["σίσυφοσ", "ΣΊΣΥΦΟΣ"],
    ["ｆｕｌｌ ｗｉｄｔｈ", "Full Width"],
    ["ﬀ", "FF"],
    ["Love ❤️", "love ❤"],
    ["Café", "CAFE\u0301"],
  ])("%j = %j", (a, b) => {
    expect(nameKey(a)).toBe(nameKey(b));
  });

  it("keeps different names apart", () => {
    expect(nameKey("Acme One")).not.toBe(nameKey("Acme Two"));
    expect(nameKey("Cafe")).not.toBe(nameKey("Café"));
  });
});
