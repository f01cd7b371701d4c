import { cookies } from "next/headers";
import { decode, encode, type JWT } from "next-auth/jwt";
import { prisma } from "@/lib/db";
import { appUrl, env } from "@/lib/env";
import type { Role } from "./options";
import { nowSeconds, sessionEndsAt, sessionExpired, SESSION_RENEW_AFTER_SECONDS, type SessionClaims } from "./session-policy";

export interface Actor {
  userId: string;
  email: string;
  role: Role;
  serviceId: string;
  serviceName: string;
}

const actorSelect = { id: true, email: true, role: true, serviceId: true, sessionVersion: true, service: { select: { name: true } } } as const;

/**
 * The user a session token stands for, or null when the session has ended: past 8 hours, idle past
 * 2 hours, the user removed, or their sessionVersion raised since (sign-out, role or password change).
 * One indexed lookup by primary key.
 */
export async function actorForToken(token: SessionClaims | null): Promise<Actor | null> {
  if (!token || sessionExpired(token)) return null;
  const user = await prisma.user.findUnique({ where: { id: token.uid as string }, select: actorSelect });
  if (!user || user.sessionVersion !== token.sv) return null;
  return { userId: user.id, email: user.email, role: user.role, serviceId: user.serviceId, serviceName: user.service.name };
}

/** next-auth's cookie name: the `__Secure-` one when the console is served over https. */
export function sessionCookieName() {
  return appUrl().startsWith("https://") ? "__Secure-next-auth.session-token" : "next-auth.session-token";
}

async function readToken(raw: string | undefined): Promise<JWT | null> {
  if (!raw) return null;
  try {
    return await decode({ token: raw, secret: env().NEXTAUTH_SECRET ?? "" });
  } catch {
    return null;
  }
}

/**
 * The signed-in user, re-read from the database on every request so sign-out, a removed user or a
 * changed role takes effect at once. Where the response can carry a cookie (route handlers), the
 * idle clock is renewed every few minutes; the absolute limit never moves.
 */
export async function currentActor(): Promise<Actor | null> {
  const store = await cookies();
  const name = sessionCookieName();
  const token = await readToken(store.get(name)?.value);
  const actor = await actorForToken(token);
  if (!actor || !token) return null;
  const now = nowSeconds();
  if (now - (token.seen as number) >= SESSION_RENEW_AFTER_SECONDS) {
    const renewed = { ...token, seen: now };
    const maxAge = sessionEndsAt(renewed as { authTime: number; seen: number }) - now;
    try {
      const value = await encode({ token: renewed, secret: env().NEXTAUTH_SECRET ?? "", maxAge });
      store.set(name, value, { httpOnly: true, sameSite: "lax", path: "/", secure: name.startsWith("__Secure-"), maxAge });
    } catch {
      // A server component cannot set cookies; the next API call renews it.
    }
  }
  return actor;
}

/** Ends every session of the user at once: their tokens carry the old version. */
export async function revokeSessions(userId: string) {
  await prisma.user.updateMany({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
}
