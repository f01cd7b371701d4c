#!/usr/bin/env node
// The entry point of every server the project runs: `npm start` (console + Base URL API on one
// port), `npm run dev` (the same with Next in development mode) and `npm run api` (the Base URL
// API alone). It loads the TypeScript server (scripts/server.ts) through tsx; the marker below
// tells instrumentation.ts that Next was started this way (a bare `next start` refuses to run:
// it would believe clients' X-Forwarded-For and serve no Base URL API).
// Usage: node scripts/serve.mjs [--api] [--dev] [-p port] [-H host]
import "../lib/load-dotenv.mjs";
import { register } from "tsx/esm/api";

process.env.ZAPIER_CONSOLE_ENTRY = "scripts/serve.mjs";
process.env.NEXT_TELEMETRY_DISABLED = "1";
if (process.argv.includes("--dev")) process.env.NODE_ENV ??= "development";
else process.env.NODE_ENV ??= "production";
register();
await import("./server.ts");
