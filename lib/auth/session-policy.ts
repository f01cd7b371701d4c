// How long a console session lasts (docs/security.md › Sessions). Plain data, no imports: the
// next-auth options, the console API wrapper and the tests share it.

/** Absolute limit from sign-in, whatever happens in between. */
export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;
/** Idle limit: no request to the console for this long ends the session. */
export const SESSION_IDLE_SECONDS = 2 * 60 * 60;
/** A request renews the idle clock (a new cookie) at most this often. */
export const SESSION_RENEW_AFTER_SECONDS = 5 * 60;

/** The claims this project adds to next-auth's token. */
export interface SessionClaims {
  uid?: unknown;
  /** The user's sessionVersion when the token was minted. */
  sv?: unknown;
  /** Sign-in time, Unix seconds. */
  authTime?: unknown;
  /** Last renewal of the idle clock, Unix seconds. */
  seen?: unknown;
}

export const nowSeconds = () => Math.floor(Date.now() / 1000);

/** Why a token no longer opens a session, or null while it does (the version is checked against the database separately). */
export function sessionExpired(claims: SessionClaims, now = nowSeconds()): "malformed" | "absolute" | "idle" | null {
  const { uid, sv, authTime, seen } = claims;
  if (typeof uid !== "string" || typeof sv !== "number" || typeof authTime !== "number" || typeof seen !== "number") return "malformed";
  if (now - authTime >= SESSION_MAX_AGE_SECONDS || authTime > now + 60) return "absolute";
  if (now - seen >= SESSION_IDLE_SECONDS) return "idle";
  return null;
}

/** When the session ends if nothing else happens: the idle limit from `seen`, never past the absolute one. */
export function sessionEndsAt(claims: { authTime: number; seen: number }): number {
  return Math.min(claims.authTime + SESSION_MAX_AGE_SECONDS, claims.seen + SESSION_IDLE_SECONDS);
}
