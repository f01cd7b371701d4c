import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { prisma } from "@/lib/db";
import { seedWorkspace } from "@/lib/workspace/embedded/seed";
import { env } from "@/lib/env";

export const DEMO_SERVICES = [
  { slug: "acme", name: "Acme Support" },
  { slug: "globex", name: "Globex Care" },
] as const;

/** The documented demo password (README), used when SEED_PASSWORD is not set. */
export const DEFAULT_SEED_PASSWORD = "zapier-demo";

export function seedPassword() {
  return env().SEED_PASSWORD ?? DEFAULT_SEED_PASSWORD;
}

/**
 * How the start-up banner and db:seed name the demo users' password. Only the documented default is
 * printed, and only when the demo users really have it (checked against a stored hash, so a restart
 * without SEED_PASSWORD does not print the default for users seeded with another one); a password
 * someone chose is never written to a log.
 */
export async function demoPasswordHint(): Promise<string> {
  const demo = await prisma.user.findFirst({
    where: { email: { in: demoLogins().map((l) => l.email) } },
    select: { passwordHash: true },
    orderBy: { email: "asc" },
  });
  if (demo && (await verifyPassword(DEFAULT_SEED_PASSWORD, demo.passwordHash))) return `password "${DEFAULT_SEED_PASSWORD}"`;
  return "the password you set in SEED_PASSWORD";
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
