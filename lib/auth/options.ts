import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { prisma } from "@/lib/db";
import { log } from "@/lib/log";
import { clientAddress } from "@/lib/request";
import { checkPassword, hashPassword } from "./password";
import { actorForToken, revokeSessions } from "./session";
import { nowSeconds, sessionEndsAt, SESSION_IDLE_SECONDS } from "./session-policy";
import { loginSucceeded, reserveLoginAttempt } from "./throttle";

export type Role = "ADMIN" | "STAFF";

/** Thrown to the sign-in form as `error=throttled`. */
export const THROTTLED_ERROR = "throttled";
/** Thrown from the jwt callback when a token no longer opens a session: next-auth then clears the cookie. */
const SESSION_ENDED = "session ended";

const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().email().max(254),
  password: z.string().min(1).max(1024),
});

/** The message of whatever next-auth reports, without stacks or request data (which can hold credentials). */
function describe(metadata: unknown): string {
  const error = metadata instanceof Error ? metadata : (metadata as { error?: unknown } | undefined)?.error;
  return error instanceof Error ? error.message : "";
}

export const authOptions: NextAuthOptions = {
  // The cookie's own lifetime is the idle limit; the jwt callback enforces the 8-hour absolute one.
  session: { strategy: "jwt", maxAge: SESSION_IDLE_SECONDS },
  // One escaped line per problem: a forged or stale session cookie is common and must not flood the
  // log with stacks, and nothing a client sent may start a line of its own.
  logger: {
    error: (code, metadata) => {
      if (describe(metadata) === SESSION_ENDED) return; // an ended session is not an error
      log.error("auth", `${code}${describe(metadata) ? `: ${describe(metadata)}` : ""}`);
    },
    warn: (code) => log.warn("auth", code),
    debug: () => {},
  },
  pages: { signIn: "/login" },
  providers: [
    CredentialsProvider({
      name: "Email",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, req) {
        const parsed = credentialsSchema.safeParse(credentials ?? {});
        if (!parsed.success) return null;
        const { email, password } = parsed.data;
        const ip = clientAddress(new Headers((req.headers ?? {}) as Record<string, string>));
        if (!(await reserveLoginAttempt(email, ip))) throw new Error(THROTTLED_ERROR);
        const user = await prisma.user.findUnique({ where: { email }, include: { service: { select: { name: true } } } });
        const check = await checkPassword(password, user?.passwordHash);
        if (!user || !check.ok) return null; // the reserved attempt stays counted as a failure
        // A bcrypt hash from before argon2id: replaced now that the password is known.
        if (check.rehash) await prisma.user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword(password) } });
        await loginSucceeded(email, ip);
        return {
          id: user.id,
          email: user.email,
          role: user.role,
          serviceId: user.serviceId,
          serviceName: user.service.name,
          sessionVersion: user.sessionVersion,
        };
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      const now = nowSeconds();
      if (user) {
        return { ...token, uid: user.id, role: user.role, serviceId: user.serviceId, serviceName: user.serviceName, sv: user.sessionVersion, authTime: now, seen: now };
      }
      // Every later read (GET /api/auth/session): the same checks as the console API's.
      const actor = await actorForToken(token);
      if (!actor) throw new Error(SESSION_ENDED);
      return { ...token, email: actor.email, role: actor.role, serviceId: actor.serviceId, serviceName: actor.serviceName, seen: now };
    },
    session({ session, token }) {
      session.user = {
        id: token.uid,
        email: token.email ?? "",
        role: token.role,
        serviceId: token.serviceId,
        serviceName: token.serviceName,
      };
      // Polling never moves the end past 8 hours from sign-in.
      session.expires = new Date(sessionEndsAt(token) * 1000).toISOString();
      return session;
    },
  },
  events: {
    // Sign-out ends every session of the user on the server, copies of the cookie included.
    async signOut({ token }) {
      if (typeof token?.uid === "string") await revokeSessions(token.uid);
    },
  },
};
