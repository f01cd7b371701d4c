// `npm run worker`: the delivery worker as its own process, for deployments where several web
// instances run with DELIVERY_WORKER=off and share a pool of these. Needs a PostgreSQL server
// (an embedded database can be opened by one process only: the server's worker serves it).
import "@/lib/load-dotenv.mjs";
import { closeDatabase, ensureDatabase } from "@/lib/db";
import { databaseConfig } from "@/lib/db/config";
import { DeliveryWorker } from "@/lib/delivery/worker";
import { loadServerEnv } from "@/lib/env";
import { startSandboxCarrier } from "@/lib/workspace/carrier-process";

try {
  if (databaseConfig().kind === "embedded") {
    console.error("npm run worker needs DATABASE_URL=postgres://…; with the embedded database the server runs the worker itself.");
    process.exit(2);
  }
  loadServerEnv();
  await ensureDatabase();
  const worker = new DeliveryWorker();
  worker.start();
  await startSandboxCarrier((line) => console.log(`[delivery] ${line}`));
  console.log(`[delivery] ${worker.id} started`);
  const stop = async (signal: string) => {
    console.log(`[delivery] ${worker.id} stopping on ${signal}: finishing the batch in hand`);
    await worker.stop();
    await closeDatabase();
    process.exit(0);
  };
  process.once("SIGTERM", () => void stop("SIGTERM"));
  process.once("SIGINT", () => void stop("SIGINT"));
} catch (error) {
  console.error(`worker: ${(error as Error).message}`);
  process.exit(1);
}
