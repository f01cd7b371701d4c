// What the command-line tools share: flags, usage errors (exit code 2) and closing the database.
import { closeDatabase } from "@/lib/db";

export class UsageError extends Error {}

/** The value after `--name`; undefined when the flag is absent or followed by another flag. */
export function flag(name: string, argv = process.argv): string | undefined {
  const i = argv.indexOf(`--${name}`);
  const value = i > -1 ? argv[i + 1] : undefined;
  return value === undefined || value.startsWith("--") ? undefined : value;
}

/** Runs a command: a UsageError prints its message and exits 2, anything else exits 1 with the tool's name. */
export async function runCli(tool: string, main: () => Promise<void>) {
  try {
    await main();
  } catch (error) {
    console.error(error instanceof UsageError ? error.message : `${tool}: ${(error as Error).message}`);
    process.exitCode = error instanceof UsageError ? 2 : 1;
  } finally {
    await closeDatabase();
  }
}
