import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { prisma } from "@/lib/db";
import { clientAddress } from "@/lib/request";
import { verifyPassword } from "./password";
import { clearLoginFailures, loginThrottled, recordLoginFailure } from "./throttle";

export type Role = "ADMIN" | "STAFF";

/** Thrown to the sign-in form as `error=throttled`. */
export const THROTTLED_ERROR = "throttled";

const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().email().max(254),
  password: z.string().min(1).max(1024),
});

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
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
        if (await loginThrottled(email, ip)) throw new Error(THROTTLED_ERROR);
        const user = await prisma.user.findUnique({ where: { email }, include: { service: { select: { name: true } } } });
        const ok = await verifyPassword(password, user?.passwordHash);
        if (!user || !ok) {
          await recordLoginFailure(email, ip);
          return null;
        }
        await clearLoginFailures(email, ip);
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
