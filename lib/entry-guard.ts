/**
 * The project's server (scripts/serve.mjs) does the start-up work itself (configuration,
 * migrations, seed, worker) and serves the Base URL API beside Next. Started any other way
 * (`next start`, `next dev`), the console would trust clients' X-Forwarded-For and have no Base
 * URL API, so it refuses to run and names the entry points.
 */
export function refuseForeignEntry() {
  if (process.env.ZAPIER_CONSOLE_ENTRY) return;
  console.error(
    "[zapier-console] cannot start: use `npm start` (production), `npm run dev` (development) or `npm run api` (Base URL API alone), not `next start` / `next dev`.",
  );
  process.exit(1);
}
