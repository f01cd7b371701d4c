// How the project reads `.env` (lib/load-dotenv.mjs applies it at start-up): the file at the
// project's root, in Node's `.env` syntax (util.parseEnv). A variable already set in the
// environment, even to an empty value, wins over the file, as with Next's own loader and
// `node --env-file`. `ENV_FILE=/path/to/file` reads that file instead (then it must exist).
// Plain JavaScript so that scripts/*.mjs can import it too.
import fs from "node:fs";
import path from "node:path";
import { parseEnv } from "node:util";

export const PROJECT_ROOT = path.resolve(import.meta.dirname, "..");

/**
 * @param {{ file?: string, env?: Record<string, string | undefined> }} [options]
 * @returns {{ file: string, loaded: string[] }} the file read and the variables it set
 */
export function loadDotenv(options = {}) {
  const env = options.env ?? process.env;
  const explicit = options.file ?? env.ENV_FILE;
  const file = explicit ? path.resolve(explicit) : path.join(PROJECT_ROOT, ".env");
  let text;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (error) {
    if (!explicit && /** @type {NodeJS.ErrnoException} */ (error).code === "ENOENT") return { file, loaded: [] };
    throw new Error(`${explicit ? "ENV_FILE: " : ""}cannot read ${file}: ${/** @type {Error} */ (error).message}`);
  }
  const loaded = [];
  for (const [key, value] of Object.entries(parseEnv(text))) {
    if (env[key] !== undefined) continue;
    env[key] = value;
    loaded.push(key);
  }
  return { file, loaded };
}

