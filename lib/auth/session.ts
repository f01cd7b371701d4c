import { getServerSession } from "next-auth";
import { prisma } from "@/lib/db";
import { authOptions, type Role } from "./options";

export interface Actor {
  userId: string;
  email: string;
  role: Role;
  serviceId: string;
  serviceName: string;
}

/**
 * The signed-in user, re-read from the database so a removed user or a changed role takes
 * effect at once rather than when the session cookie expires. One indexed lookup.
 */
export async function currentActor(): Promise<Actor | null> {
  const session = await getServerSession(authOptions);
  const id = session?.user?.id;
  if (!id) return null;
  const user = await prisma.user.findUnique({
    where: { id },
    select: { id: true, email: true, role: true, serviceId: true, service: { select: { name: true } } },
  });
  if (!user) return null;
  return { userId: user.id, email: user.email, role: user.role, serviceId: user.serviceId, serviceName: user.service.name };
}
