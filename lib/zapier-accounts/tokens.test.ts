import { resetEnv } from "@/lib/env";
import { describe, expect, it } from "vitest";
import {
  decryptToken,
  encryptToken,
  generateAppId,
  generateAppToken,
  hashToken,
  isWellFormedToken,
  tokenMatchesHash,
  tokenPreview,
  TOKEN_PREFIX,
} from "./tokens";

describe("App Token", () => {
  it("has the cnxzap_ prefix, 43 random base62 characters and a 6-character checksum", () => {
    const token = generateAppToken();
    expect(token).toMatch(/^cnxzap_[0-9A-Za-z]{49}$/);
    expect(token.startsWith(TOKEN_PREFIX)).toBe(true);
    expect(isWellFormedToken(token)).toBe(true);
  });

  it("carries at least 256 bits: 1,000 tokens are all different", () => {
    const tokens = new Set(Array.from({ length: 1000 }, generateAppToken));
    expect(tokens.size).toBe(1000);
  });

  it("rejects a token whose checksum does not match (a typo, or a forged string)", () => {
    const token = generateAppToken();
    const i = 10;
    const flipped = token.slice(0, i) + (token[i] === "a" ? "b" : "a") + token.slice(i + 1);
    expect(isWellFormedToken(flipped)).toBe(false);
    expect(isWellFormedToken(token.slice(0, -1))).toBe(false);
    expect(isWellFormedToken(token.replace("cnxzap_", "ghp_xx_"))).toBe(false);
    expect(isWellFormedToken("")).toBe(false);
  });

  it("previews as prefix + last four characters", () => {
    const token = generateAppToken();
    expect(tokenPreview(token)).toBe(`cnxzap_${token.slice(-4)}`);
  });

  it("verifies against its SHA-256 hash and nothing else", () => {
    const token = generateAppToken();
    const hash = hashToken(token);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(tokenMatchesHash(token, hash)).toBe(true);
    expect(tokenMatchesHash(generateAppToken(), hash)).toBe(false);
    expect(tokenMatchesHash(token, null)).toBe(false);
    expect(tokenMatchesHash(token, "abc")).toBe(false);
  });
});

describe("token encryption (AES-256-GCM)", () => {
  it("round-trips, and never contains the plaintext", () => {
    const token = generateAppToken();
    const sealed = encryptToken(token, "app_1");
    expect(sealed).not.toContain(token);
    expect(sealed).not.toContain(token.slice(7, 30));
    expect(decryptToken(sealed, "app_1")).toBe(token);
  });

  it("uses a fresh IV each time", () => {
    const token = generateAppToken();
    expect(encryptToken(token, "app_1")).not.toBe(encryptToken(token, "app_1"));
  });

  it("detects tampering with the ciphertext, the tag or the IV", () => {
    const sealed = encryptToken(generateAppToken(), "app_1");
    const parts = sealed.split(".");
    for (const index of [1, 2, 3]) {
      const copy = [...parts];
      const part = copy[index] ?? "";
      copy[index] = (part[0] === "A" ? "B" : "A") + part.slice(1);
      expect(() => decryptToken(copy.join("."), "app_1")).toThrow();
    }
  });

  it("refuses a ciphertext moved to another account (App ID bound as additional data)", () => {
    const sealed = encryptToken(generateAppToken(), "app_1");
    expect(() => decryptToken(sealed, "app_2")).toThrow();
  });

  it("refuses to decrypt with another key", () => {
    const sealed = encryptToken(generateAppToken(), "app_1");
    const saved = process.env.CREDENTIALS_KEY;
    process.env.CREDENTIALS_KEY = Buffer.alloc(32, 7).toString("base64");
    resetEnv();
    try {
      expect(() => decryptToken(sealed, "app_1")).toThrow();
    } finally {
      process.env.CREDENTIALS_KEY = saved;
      resetEnv();
    }
  });
});

describe("App ID", () => {
  it("is URL-safe and unpredictable", () => {
    const ids = Array.from({ length: 200 }, generateAppId);
    for (const id of ids) expect(id).toMatch(/^app_[0-9A-Za-z]{22}$/);
    expect(new Set(ids).size).toBe(200);
    expect(encodeURIComponent(ids[0] ?? "")).toBe(ids[0]);
  });
});
