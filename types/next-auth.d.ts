import "next-auth";
import "next-auth/jwt";

type Role = "ADMIN" | "STAFF";

declare module "next-auth" {
  interface User {
    id: string;
    role: Role;
    serviceId: string;
    serviceName: string;
    sessionVersion: number;
  }
  interface Session {
    user: { id: string; email: string; role: Role; serviceId: string; serviceName: string };
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    uid: string;
    role: Role;
    serviceId: string;
    serviceName: string;
    /** The user's sessionVersion at sign-in (lib/auth/session-policy.ts). */
    sv: number;
    /** Sign-in time and last renewal, Unix seconds. */
    authTime: number;
    seen: number;
  }
}
