import { clearDatabaseCount, countInDatabase, releaseDatabaseCount } from "@/lib/rate-limit/database";

// At most 10 failed sign-ins per 15 minutes for one email from one address; beyond that the
// attempt is refused before the password is even checked. 100 per address across emails.
export const LOGIN_WINDOW_SECONDS = 15 * 60;
export const LOGIN_MAX_FAILURES = 10;
const ADDRESS_MAX_FAILURES = 100;

const pairKey = (email: string, ip: string) => `login:${email}|${ip}`;
const addressKey = (ip: string) => `login-ip:${ip}`;

/**
 * Counts the attempt as a failure before the password is checked (one atomic statement per
 * counter), so guesses sent all at once cannot each read a count under the limit. Returns
 * whether the attempt may go on; a success gives its slot back (loginSucceeded).
 */
export async function reserveLoginAttempt(email: string, ip: string): Promise<boolean> {
  const [pair, address] = await Promise.all([
    countInDatabase(pairKey(email, ip), LOGIN_WINDOW_SECONDS),
    countInDatabase(addressKey(ip), LOGIN_WINDOW_SECONDS),
  ]);
  return pair.count <= LOGIN_MAX_FAILURES && address.count <= ADDRESS_MAX_FAILURES;
}

/** A correct password: this email's failures from this address are forgiven, and the attempt was not one. */
export async function loginSucceeded(email: string, ip: string) {
  await Promise.all([clearDatabaseCount(pairKey(email, ip)), releaseDatabaseCount(addressKey(ip))]);
}
