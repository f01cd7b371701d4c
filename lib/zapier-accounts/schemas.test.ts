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
