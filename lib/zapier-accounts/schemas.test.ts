import { describe, expect, it } from "vitest";
import { createAccountSchema, regenerateTokenSchema, renameAccountSchema } from "./schemas";

const ok = (name: unknown) => createAccountSchema.safeParse({ name });

describe("account name", () => {
  it("trims and accepts 1–100 characters, counting an emoji or a CJK character as one", () => {
    expect(ok("  Sales Zap  ").data).toEqual({ name: "Sales Zap" });
    expect(ok("a").success).toBe(true);
    expect(ok("x".repeat(100)).success).toBe(true);
    expect(ok("😀".repeat(100)).success).toBe(true);
    expect(ok("客服帳號").data?.name).toBe("客服帳號");
    // Flags, families and skin tones are one character each, as people count them.
    expect(ok("🇹🇼".repeat(100)).success).toBe(true);
    expect(ok("👨‍👩‍👧‍👦".repeat(100)).success).toBe(true);
    expect(ok("👍🏽".repeat(100)).success).toBe(true);
    expect(ok("🇹🇼".repeat(101)).success).toBe(false);
    expect(ok("e\u0301".repeat(100)).success).toBe(true);
  });

  it("treats a name of invisible characters as empty, and refuses bidirectional controls", () => {
    for (const blank of ["\u200b", "\u200b\u200d", "\u3164", " \u00a0 "]) {
      expect(ok(blank).error?.issues[0]?.message, JSON.stringify(blank)).toBe("Enter a name.");
    }
    for (const bad of ["a\u202eb", "a\u2066b\u2069", "x\u200fy"]) expect(ok(bad).success, JSON.stringify(bad)).toBe(false);
    // Inside a visible name an invisible character makes a look-alike ("Acme One" vs "Acme\u200bOne"): refused.
    expect(ok("a\u200bb").error?.issues[0]?.message).toMatch(/invisible characters/);
  });

  it("bounds what one name can store, whatever it is made of", () => {
    expect(ok(`a${"\u0301".repeat(2000)}`).success).toBe(false);
  });

  it("rejects empty, whitespace-only, 101 characters and control characters", () => {
    for (const bad of ["", "   ", "\t\n", "x".repeat(101), "😀".repeat(101), "bad\u0000name", "line\nbreak", "tab\there", "bell\u0007", "sep\u2028x"]) {
      const result = ok(bad);
      expect(result.success, JSON.stringify(bad)).toBe(false);
      expect(result.error?.issues[0]?.path).toEqual(["name"]);
    }
  });

  it("rejects wrong types and a missing name", () => {
    for (const bad of [123, null, true, ["a"], { a: 1 }, undefined]) expect(ok(bad).success).toBe(false);
  });

  it("rejects any field other than the name", () => {
    expect(createAccountSchema.safeParse({ name: "a", appId: "x" }).success).toBe(false);
    expect(renameAccountSchema.safeParse({ name: "a", tokenPreview: "x" }).success).toBe(false);
  });
});

describe("regenerate body", () => {
  it("takes no grace, 0, 3600 or 86400 seconds", () => {
    for (const good of [{}, { graceSeconds: 0 }, { graceSeconds: 3600 }, { graceSeconds: 86400 }]) {
      expect(regenerateTokenSchema.safeParse(good).success).toBe(true);
    }
    for (const bad of [{ graceSeconds: 60 }, { graceSeconds: "3600" }, { graceSeconds: -1 }, { other: 1 }]) {
      expect(regenerateTokenSchema.safeParse(bad).success).toBe(false);
    }
  });
});
