import bcrypt from "bcryptjs";
import { describe, expect, it } from "vitest";
import { checkPassword, hashPassword, verifyPassword } from "./password";

const LONG = `${"x".repeat(72)}${"y".repeat(28)}`;

describe("passwords", () => {
  it("are hashed with argon2id", async () => {
    expect(await hashPassword("correct horse")).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });

  it("a 100-byte password does not verify with its 72-byte prefix", async () => {
    const stored = await hashPassword(LONG);
    expect(await verifyPassword(LONG, stored)).toBe(true);
    expect(await verifyPassword(LONG.slice(0, 72), stored)).toBe(false);
  });

  it("bcrypt hashes still verify, and ask to be replaced", async () => {
    const stored = await bcrypt.hash("legacy-password", 4);
    expect(await checkPassword("legacy-password", stored)).toEqual({ ok: true, rehash: true });
    expect(await checkPassword("wrong-password", stored)).toEqual({ ok: false, rehash: false });
  });

  it("an unknown user never verifies", async () => {
    expect(await checkPassword("anything", undefined)).toEqual({ ok: false, rehash: false });
    expect(await checkPassword("anything", "not a hash")).toEqual({ ok: false, rehash: false });
  });
});
