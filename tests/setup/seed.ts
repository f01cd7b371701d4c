// Run by the global setup before the server starts: migrations, then every test tenant.
import bcrypt from "bcryptjs";
import { hashPassword } from "@/lib/auth/password";
import { closeDatabase, ensureDatabase, prisma } from "@/lib/db";
import { seedWorkspace } from "@/lib/workspace/embedded/seed";
import { adminEmail, legacyHashEmail, LONG_PASSWORD, longPasswordEmail, staffEmail, TEST_PASSWORD, TEST_SERVICES, WORKSPACE_SERVICES } from "./fixtures";

try {
  await ensureDatabase();
  const passwordHash = await hashPassword(TEST_PASSWORD);
  for (const slug of TEST_SERVICES) {
    const service = await prisma.service.create({ data: { slug, name: `Test ${slug}` } });
    await prisma.user.createMany({
      data: [
        { email: adminEmail(slug), role: "ADMIN", passwordHash, serviceId: service.id },
        { email: staffEmail(slug), role: "STAFF", passwordHash, serviceId: service.id },
      ],
    });
    if (WORKSPACE_SERVICES.includes(slug)) await seedWorkspace(service.id, slug);
    if (slug === "hardening") {
      await prisma.user.createMany({
        data: [
          { email: longPasswordEmail, role: "STAFF", passwordHash: await hashPassword(LONG_PASSWORD), serviceId: service.id },
          // As every user was stored before argon2id: rehashed at the next successful sign-in.
          { email: legacyHashEmail, role: "STAFF", passwordHash: await bcrypt.hash(TEST_PASSWORD, 4), serviceId: service.id },
        ],
      });
    }
  }
} finally {
  await closeDatabase();
}
