// `npm run db:seed`: apply migrations and create the demo services and users where missing.
// On the embedded database, stop the console first (one process per data directory).
import "@/lib/load-dotenv.mjs";
import { closeDatabase, ensureDatabase } from "@/lib/db";
import { demoLogins, demoPasswordHint, seedDemo } from "@/lib/seed";

try {
  await ensureDatabase((l) => console.log(l));
  const created = await seedDemo();
  console.log(`seeded: ${created} new user(s). Demo logins (${await demoPasswordHint()}):`);
  for (const l of demoLogins()) console.log(`  ${l.email.padEnd(22)} ${l.role.toLowerCase().padEnd(5)} ${l.service}`);
} catch (error) {
  console.error(`db:seed failed: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await closeDatabase();
}
