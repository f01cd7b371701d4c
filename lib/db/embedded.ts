import fs from "node:fs";
import path from "node:path";

// PGlite allows one process per data directory. A lock file beside it says which process
// holds it, so a CLI run while the server is up fails with a clear message instead of
// corrupting the database.
function processAlive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

export class EmbeddedDatabaseBusyError extends Error {}

/** Takes the directory's lock for this process; returns the function that releases it. */
export function lockEmbeddedDirectory(dataDir: string): () => void {
  fs.mkdirSync(path.dirname(dataDir), { recursive: true });
  const file = `${dataDir}.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(file, String(process.pid), { flag: "wx" });
      const release = () => {
        try {
          if (fs.readFileSync(file, "utf8") === String(process.pid)) fs.unlinkSync(file);
        } catch {
          /* already gone */
        }
      };
      process.once("exit", release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = Number(fs.readFileSync(file, "utf8"));
      if (holder === process.pid) return () => {};
      if (holder && processAlive(holder)) {
        throw new EmbeddedDatabaseBusyError(
          `The embedded database ${dataDir} is open in another process (pid ${holder}, usually the running console). ` +
            "Stop that process first, or use a PostgreSQL server (DATABASE_URL=postgres://…) to run commands beside the server.",
        );
      }
      fs.rmSync(file, { force: true }); // a stale lock left by a process that died
    }
  }
  throw new EmbeddedDatabaseBusyError(`Could not lock the embedded database ${dataDir}.`);
}
