import { createLimiter, type Limiter } from "@/lib/rate-limit";

// At most 10 failed sign-ins per 15 minutes for one email from one address; beyond that the
// attempt is refused before the password is even checked. 100 per address across emails.
export const LOGIN_WINDOW_SECONDS = 15 * 60;
export const LOGIN_MAX_FAILURES = 10;
const ADDRESS_MAX_FAILURES = 100;

let limiters: { pair: Limiter; address: Limiter } | undefined;
const login = () =>
  (limiters ??= {
    pair: createLimiter("login", LOGIN_MAX_FAILURES, LOGIN_WINDOW_SECONDS),
    address: createLimiter("login-ip", ADDRESS_MAX_FAILURES, LOGIN_WINDOW_SECONDS),
  });

const pairKey = (email: string, ip: string) => `${email}|${ip}`;

/**
 * Counts the attempt as a failure before the password is checked (one atomic operation per
 * counter in the shared store), so guesses sent all at once cannot each read a count under the
 * limit. Returns whether the attempt may go on; a success gives its slot back (loginSucceeded).
 */
export async function reserveLoginAttempt(email: string, ip: string): Promise<boolean> {
  const { pair, address } = login();
  const [p, a] = await Promise.all([pair.consume(pairKey(email, ip)), address.consume(ip)]);
  return p.allowed && a.allowed;
}

/** A correct password: this email's failures from this address are forgiven, and the attempt was not one. */
export async function loginSucceeded(email: string, ip: string) {
  const { pair, address } = login();
  await Promise.all([pair.reset(pairKey(email, ip)), address.reward(ip)]);
}
