import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { prisma } from "@/lib/db";
import { clientAddress } from "@/lib/request";
import { verifyPassword } from "./password";
import { loginSucceeded, reserveLoginAttempt } from "./throttle";

export type Role = "ADMIN" | "STAFF";

/** Thrown to the sign-in form as `error=throttled`. */
export const THROTTLED_ERROR = "throttled";

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
  session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
  // One line per problem: a forged or stale session cookie is common and must not flood the log with stacks.
  logger: {
    error: (code, metadata) => console.error(`[auth] ${code}${describe(metadata) ? `: ${describe(metadata)}` : ""}`),
    warn: (code) => console.warn(`[auth] ${code}`),
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
        const ok = await verifyPassword(password, user?.passwordHash);
        if (!user || !ok) return null; // the reserved attempt stays counted as a failure
        await loginSucceeded(email, ip);
        return { id: user.id, email: user.email, role: user.role, serviceId: user.serviceId, serviceName: user.service.name };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.role = user.role;
        token.serviceId = user.serviceId;
        token.serviceName = user.serviceName;
      }
      return token;
    },
    session({ session, token }) {
      session.user = {
        id: token.uid,
        email: token.email ?? "",
        role: token.role,
        serviceId: token.serviceId,
        serviceName: token.serviceName,
      };
      return session;
    },
  },
};
