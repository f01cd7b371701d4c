// Creates the e2e services and users in a fresh database. e2e/server.mjs runs this BEFORE it
// starts `next start`: PGlite allows one process per data directory, so the seed and the
// server cannot have it open at the same time.
import { hashPassword } from "@/lib/auth/password";
import { seedDemo } from "@/lib/seed";
import { closeDatabase, ensureDatabase, prisma } from "@/lib/db";
import { seedWorkspace } from "@/lib/workspace/embedded/seed";
import { adminEmail, E2E_PASSWORD, E2E_SERVICES, E2E_WORKSPACE_SERVICES, staffEmail, type E2EService } from "./constants";

try {
  await ensureDatabase();
  const passwordHash = await hashPassword(E2E_PASSWORD);
  for (const [slug, name] of Object.entries(E2E_SERVICES) as Array<[E2EService, string]>) {
    const service = await prisma.service.create({ data: { slug: `e2e-${slug}`, name } });
    await prisma.user.createMany({
      data: [
        { email: adminEmail(slug), role: "ADMIN", passwordHash, serviceId: service.id },
        { email: staffEmail(slug), role: "STAFF", passwordHash, serviceId: service.id },
      ],
    });
    if (E2E_WORKSPACE_SERVICES.includes(slug)) await seedWorkspace(service.id, `e2e-${slug}`);
  }
  // The demo logins too (admin@acme.example …), for anyone exploring the e2e server by hand.
  await seedDemo();
  console.log(`[e2e] seeded ${Object.keys(E2E_SERVICES).length} services and the demo users`);
} finally {
  await closeDatabase();
}
