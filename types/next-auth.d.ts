import "next-auth";
import "next-auth/jwt";

type Role = "ADMIN" | "STAFF";

declare module "next-auth" {
  interface User {
    id: string;
    role: Role;
    serviceId: string;
    serviceName: string;
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
  }
}
