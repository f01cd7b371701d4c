import { clearDatabaseCount, countInDatabase, peekDatabaseCount } from "@/lib/rate-limit/database";

// At most 10 failed sign-ins per 15 minutes for one email from one address; beyond that the
// attempt is refused before the password is even checked. 100 per address across emails.
export const LOGIN_WINDOW_SECONDS = 15 * 60;
export const LOGIN_MAX_FAILURES = 10;
const ADDRESS_MAX_FAILURES = 100;

const pairKey = (email: string, ip: string) => `login:${email}|${ip}`;
const addressKey = (ip: string) => `login-ip:${ip}`;

export async function loginThrottled(email: string, ip: string): Promise<boolean> {
  const [pair, address] = await Promise.all([
    peekDatabaseCount(pairKey(email, ip), LOGIN_WINDOW_SECONDS),
    peekDatabaseCount(addressKey(ip), LOGIN_WINDOW_SECONDS),
  ]);
  return pair >= LOGIN_MAX_FAILURES || address >= ADDRESS_MAX_FAILURES;
}

export async function recordLoginFailure(email: string, ip: string) {
  await countInDatabase(pairKey(email, ip), LOGIN_WINDOW_SECONDS);
  await countInDatabase(addressKey(ip), LOGIN_WINDOW_SECONDS);
}

export async function clearLoginFailures(email: string, ip: string) {
  await clearDatabaseCount(pairKey(email, ip));
}
