import { databaseIsEmpty, demoLogins, demoUsersExist, seedDemo, seedPassword } from "@/lib/seed";
import { ensureDatabase } from "@/lib/db";
import { appUrl, ConfigError, loadServerEnv } from "@/lib/env";

const log = (line: string) => console.log(`[zapier-console] ${line}`);

export async function startServer() {
  let config;
  try {
    config = loadServerEnv(log);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`[zapier-console] configuration error: ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
  await ensureDatabase(log);
  log(`database: ${config.kind === "embedded" ? `embedded PostgreSQL (PGlite) at ${config.dataDir}` : "PostgreSQL server"}`);

  if (config.kind === "embedded" && process.env.SEED_DEMO !== "false" && (await databaseIsEmpty())) {
    await seedDemo();
    log("seeded the demo services Acme Support and Globex Care");
  }
  if (process.env.DELIVERY_WORKER !== "off") {
    const { startInProcessWorker } = await import("@/lib/delivery/worker");
    startInProcessWorker();
    log("delivery worker: running in this process (DELIVERY_WORKER=off to run it with `npm run worker` instead)");
  }

  if (await demoUsersExist()) {
    log(`open ${appUrl()} and sign in with one of (password "${seedPassword()}" unless you changed it):`);
    for (const l of demoLogins()) log(`  ${l.email.padEnd(22)} ${l.role.toLowerCase().padEnd(5)} ${l.service}`);
  } else {
    log(`open ${appUrl()}`);
  }
}
