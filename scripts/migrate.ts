// `npm run db:migrate`: apply pending migrations (the server also does this at start).
import "@/lib/load-dotenv.mjs";
import { closeDatabase, ensureDatabase } from "@/lib/db";

try {
  await ensureDatabase((l) => console.log(l));
  console.log("database is up to date");
} catch (error) {
  console.error(`db:migrate failed: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await closeDatabase();
}
