import { workspaceConfig } from "./config";

/**
 * Starts the sandbox SMS carrier in the process that runs the delivery worker (the server, or
 * `npm run worker`), in embedded mode only: with PLATFORM_URL set the platform's carrier reports.
 */
export async function startSandboxCarrier(log: (line: string) => void) {
  const config = workspaceConfig();
  if (config.platformUrl) {
    log(`workspace: forwarding actions to the platform at ${config.platformUrl}`);
    return null;
  }
  const { SandboxCarrier } = await import("./embedded/carrier");
  const carrier = new SandboxCarrier(config.carrierPollMs);
  carrier.start();
  log("workspace: embedded; the sandbox SMS carrier reports in this process");
  return carrier;
}
