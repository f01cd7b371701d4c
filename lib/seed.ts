import { hashPassword } from "@/lib/auth/password";
import { prisma } from "@/lib/db";
import { seedWorkspace } from "@/lib/workspace/embedded/seed";

export const DEMO_SERVICES = [
  { slug: "acme", name: "Acme Support" },
  { slug: "globex", name: "Globex Care" },
] as const;

export function seedPassword() {
  return process.env.SEED_PASSWORD || "zapier-demo";
}

export function demoLogins() {
  return DEMO_SERVICES.flatMap((s) => [
    { email: `admin@${s.slug}.example`, role: "ADMIN" as const, service: s.name },
    { email: `staff@${s.slug}.example`, role: "STAFF" as const, service: s.name },
  ]);
}

/** Idempotent: creates the demo services, their admin and staff users and their CINNOX workspaces where missing. */
export async function seedDemo(password = seedPassword()) {
  const passwordHash = await hashPassword(password);
  let created = 0;
  for (const s of DEMO_SERVICES) {
    const service = await prisma.service.upsert({ where: { slug: s.slug }, update: {}, create: s });
    await seedWorkspace(service.id, s.slug);
    for (const role of ["ADMIN", "STAFF"] as const) {
      const email = `${role === "ADMIN" ? "admin" : "staff"}@${s.slug}.example`;
      const exists = await prisma.user.findUnique({ where: { email }, select: { id: true } });
      if (exists) continue;
      await prisma.user.create({ data: { email, role, passwordHash, serviceId: service.id } });
      created++;
    }
  }
  return created;
}

export async function databaseIsEmpty() {
  return (await prisma.service.count()) === 0;
}

export async function demoUsersExist() {
  return (await prisma.user.count({ where: { email: { in: demoLogins().map((l) => l.email) } } })) > 0;
}
