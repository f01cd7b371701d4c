import fs from "node:fs";
import path from "node:path";
import type { PGlite } from "@electric-sql/pglite";
import { NodeFS } from "@electric-sql/pglite/nodefs";

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
  fs.mkdirSync(path.dirname(dataDir), { recursive: true, mode: 0o700 });
  const file = `${dataDir}.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(file, String(process.pid), { flag: "wx", mode: 0o600 });
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

/**
 * The embedded database holds password hashes and encrypted tokens: only its owner may read it.
 * PGlite creates its files with the process umask (0666 & ~umask) for as long as it runs, so the
 * umask is narrowed for the rest of the process; files left readable by an earlier version, or by
 * a run under another umask, are closed off here: folders 0700, files 0600.
 */
export function restrictEmbeddedDirectory(dataDir: string) {
  try {
    process.umask(process.umask() | 0o077);
  } catch {
    // Worker threads cannot change the umask; the chmod below still covers what exists now.
  }
  restrictTree(dataDir);
  // The default ./data folder also holds secrets.json and the lock: close it too. A folder named
  // in DATABASE_URL=file:… may be shared with other things, so only the data directory is changed.
  const parent = path.dirname(dataDir);
  if (parent === path.join(process.cwd(), "data") && (fs.statSync(parent).mode & 0o077) !== 0) fs.chmodSync(parent, 0o700);
}

function restrictTree(target: string) {
  let stat: fs.Stats;
  try {
    stat = fs.lstatSync(target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return;
    throw error;
  }
  if (stat.isSymbolicLink()) return;
  if (stat.isDirectory()) {
    if ((stat.mode & 0o777) !== 0o700) fs.chmodSync(target, 0o700);
    for (const entry of fs.readdirSync(target)) restrictTree(path.join(target, entry));
  } else if ((stat.mode & 0o077) !== 0) {
    fs.chmodSync(target, stat.mode & 0o700);
  }
}

type EmscriptenModule = Parameters<Parameters<NodeFS["init"]>[1]["preRun"] extends (infer F)[] | undefined ? F : never>[0];
interface NodeFsInternals {
  doSetAttr?: (arg: unknown, node: unknown, attr: { mode?: number }, ...rest: unknown[]) => void;
}

/**
 * PGlite's Node file system, except that the modes it sets explicitly are narrowed to the owner:
 * the umask covers the files it creates, but initdb copies the whole cluster in with chmod 0666 and
 * PostgreSQL rewrites some files (the relation cache) with chmod 0644, and chmod ignores the umask.
 */
export class OwnerOnlyNodeFS extends NodeFS {
  override async init(pg: PGlite, opts: Parameters<NodeFS["init"]>[1]) {
    const result = await super.init(pg, opts);
    const ownerOnly = (mod: EmscriptenModule) => {
      const nodefs = (mod as unknown as { NODEFS?: NodeFsInternals }).NODEFS;
      const setAttr = nodefs?.doSetAttr;
      if (!nodefs || !setAttr) return; // another build: restrictEmbeddedDirectory still closes the tree at open
      nodefs.doSetAttr = (arg, node, attr, ...rest) =>
        setAttr.call(nodefs, arg, node, attr.mode === undefined ? attr : { ...attr, mode: attr.mode & ~0o077 }, ...rest);
    };
    result.emscriptenOpts.preRun = [ownerOnly, ...(result.emscriptenOpts.preRun ?? [])];
    return result;
  }
}
