import bcrypt from "bcryptjs";

const ROUNDS = 12;
// Compared against when the email is unknown, so a miss costs as long as a wrong password.
const DUMMY_HASH = "$2b$12$ovJ/R3O5RNSm9xDNRd/VHe9FRQbJVKyi8FkGFhgb4OsD8ntcMsQM6";

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, ROUNDS);
}

export async function verifyPassword(password: string, hash: string | undefined): Promise<boolean> {
  const ok = await bcrypt.compare(password, hash ?? DUMMY_HASH);
  return ok && hash !== undefined;
}

export const MIN_PASSWORD_LENGTH = 8;
