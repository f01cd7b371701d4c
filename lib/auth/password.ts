import { hash, verify, type Options } from "@node-rs/argon2";
import bcrypt from "bcryptjs";

// argon2id with OWASP's first recommended setting (19 MiB, 2 passes, 1 lane): ~45 ms here. Unlike
// bcrypt it reads the whole password, so a long password cannot be signed in with its first 72 bytes.
// `2` is Algorithm.Argon2id (a const enum the package declares but does not export at run time).
const ARGON2: Options = { algorithm: 2 as Options["algorithm"], memoryCost: 19_456, timeCost: 2, parallelism: 1 };
const BCRYPT = /^\$2[aby]\$/;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2);
}

// Compared against when the email is unknown, so a miss costs as long as a wrong password.
let dummyHash: Promise<string> | undefined;

export interface PasswordCheck {
  ok: boolean;
  /** The stored hash is bcrypt (every hash made before argon2id): store hashPassword(password) now. */
  rehash: boolean;
}

/**
 * Verifies argon2id hashes, and bcrypt hashes left from before (which keep bcrypt's 72-byte limit
 * until the user's next successful sign-in replaces them).
 */
export async function checkPassword(password: string, stored: string | undefined): Promise<PasswordCheck> {
  if (stored !== undefined && BCRYPT.test(stored)) {
    const ok = await bcrypt.compare(password, stored);
    return { ok, rehash: ok };
  }
  const target = stored ?? (await (dummyHash ??= hashPassword("dummy password for unknown users")));
  const ok = await verify(target, password).catch(() => false);
  return { ok: ok && stored !== undefined, rehash: false };
}

export async function verifyPassword(password: string, stored: string | undefined): Promise<boolean> {
  return (await checkPassword(password, stored)).ok;
}

export const MIN_PASSWORD_LENGTH = 8;
