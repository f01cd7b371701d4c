// Prints the start of a user's stored password hash (`tsx tests/setup/user-hash.ts <email>`): run
// while no server holds the embedded database.
import { closeDatabase, ensureDatabase, prisma } from "@/lib/db";

try {
  await ensureDatabase();
  const user = await prisma.user.findUnique({ where: { email: process.argv[2] ?? "" }, select: { passwordHash: true } });
  console.log(`hash: ${user?.passwordHash.slice(0, 10) ?? "none"}`);
} finally {
  await closeDatabase();
}
