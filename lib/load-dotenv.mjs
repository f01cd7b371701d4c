// Every entry point imports this module first (the server, the API, the worker, the command-line
// tools, the benchmarks): the project's `.env` is read the same way everywhere, before anything
// reads the environment. What is already set wins; `ENV_FILE` names another file (lib/dotenv.mjs).
import { loadDotenv } from "./dotenv.mjs";

try {
  loadDotenv();
} catch (error) {
  console.error(/** @type {Error} */ (error).message);
  process.exit(2);
}
