// First-load JavaScript (gzip) of the console's list and account pages against an empty Next page
// built in the same run with the same node_modules (a temporary minimal app in os.tmpdir()).
//
//   npm run bench:bundle                 builds the app (into .next-bench/) and the empty page, then compares
//   npm run bench:bundle -- --no-build   measures the app's existing .next/ build instead of building it
//
// First-load JS of a route = Next's root main files + every JS chunk of the route's segments
// (layouts and page), as the build's manifests list them; each file gzipped (level 9) once.
// The budget (issue 11): each page ≤ the empty page + 60 KiB.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";

const root = path.resolve(import.meta.dirname, "..");
const BUDGET_KIB = 60;
const ROUTES = {
  "list page": "/(admin)/admin/integrations/zapier/page",
  "account page": "/(admin)/admin/integrations/zapier/[accountId]/page",
};
const args = new Set(process.argv.slice(2));
const nextBin = path.join(root, "node_modules", ".bin", "next");

function build(cwd: string, distDir: string) {
  const started = Date.now();
  // next build adds its dist folder's types to tsconfig.json's include: keep the file as it was.
  const tsconfig = path.join(cwd, "tsconfig.json");
  const before = fs.existsSync(tsconfig) ? fs.readFileSync(tsconfig) : null;
  const result = spawnSync(nextBin, ["build"], {
    cwd,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NEXT_DIST_DIR: distDir, NODE_ENV: "production" },
    stdio: ["ignore", "pipe", "pipe"],
    encoding: "utf8",
  });
  if (before) fs.writeFileSync(tsconfig, before);
  if (result.status !== 0) {
    console.error(result.stdout, result.stderr);
    throw new Error(`next build failed in ${cwd}`);
  }
  return Date.now() - started;
}

/** The client reference manifest of a page: its segments' entry chunks. */
function entryChunks(distDir: string, route: string): string[] {
  const file = path.join(distDir, "server", "app", `${route}_client-reference-manifest.js`);
  const scope: { __RSC_MANIFEST?: Record<string, { entryJSFiles?: Record<string, string[]> }> } = {};
  new Function("globalThis", "self", fs.readFileSync(file, "utf8"))(scope, scope);
  const manifest = scope.__RSC_MANIFEST?.[route];
  if (!manifest?.entryJSFiles) throw new Error(`no entryJSFiles for ${route} in ${file}`);
  return Object.values(manifest.entryJSFiles).flat();
}

const gzipCache = new Map<string, number>();
function gzipBytes(file: string): number {
  let size = gzipCache.get(file);
  if (size === undefined) {
    size = zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;
    gzipCache.set(file, size);
  }
  return size;
}

function firstLoad(distDir: string, route: string): { bytes: number; files: number } {
  const manifest = JSON.parse(fs.readFileSync(path.join(distDir, "build-manifest.json"), "utf8")) as { rootMainFiles: string[] };
  const files = new Set([...manifest.rootMainFiles, ...entryChunks(distDir, route)].filter((f) => f.endsWith(".js")));
  let bytes = 0;
  for (const f of files) bytes += gzipBytes(path.join(distDir, f));
  return { bytes, files: files.size };
}

/** A minimal App Router app: one layout, one empty page, the project's node_modules. */
function emptyApp(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "next-empty-"));
  fs.mkdirSync(path.join(dir, "app"));
  fs.writeFileSync(path.join(dir, "package.json"), JSON.stringify({ private: true, type: "module" }));
  fs.writeFileSync(path.join(dir, "next.config.mjs"), `export default { distDir: ".next", turbopack: { root: ${JSON.stringify(path.parse(dir).root)} } };\n`);
  fs.writeFileSync(path.join(dir, "app", "layout.jsx"), "export default function Layout({ children }) {\n  return (<html lang=\"en\"><body>{children}</body></html>);\n}\n");
  fs.writeFileSync(path.join(dir, "app", "page.jsx"), "export default function Page() {\n  return <main />;\n}\n");
  fs.symlinkSync(path.join(root, "node_modules"), path.join(dir, "node_modules"), "dir");
  return dir;
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

const appDist = args.has("--no-build") ? ".next" : ".next-bench";
if (!args.has("--no-build")) {
  const ms = build(root, appDist);
  console.log(`[bench] built the app in ${(ms / 1000).toFixed(0)} s`);
} else if (!fs.existsSync(path.join(root, appDist, "BUILD_ID"))) {
  throw new Error("no .next/BUILD_ID: run `next build` first, or drop --no-build");
}

const empty = emptyApp();
try {
  const ms = build(empty, ".next");
  console.log(`[bench] built the empty Next page in ${(ms / 1000).toFixed(0)} s (${empty})`);
  const baseline = firstLoad(path.join(empty, ".next"), "/page");
  console.log(`\nFirst-load JS (gzip)`);
  console.log(`  empty Next page   ${kib(baseline.bytes).padStart(10)}  (${baseline.files} files)`);
  let over = false;
  for (const [name, route] of Object.entries(ROUTES)) {
    const page = firstLoad(path.join(root, appDist), route);
    const diff = page.bytes - baseline.bytes;
    const ok = diff <= BUDGET_KIB * 1024;
    over ||= !ok;
    console.log(`  ${name.padEnd(16)}  ${kib(page.bytes).padStart(10)}  (${page.files} files)  +${kib(diff)} ${ok ? "≤" : ">"} ${BUDGET_KIB} KiB budget`);
  }
  process.exitCode = over ? 1 : 0;
} finally {
  fs.rmSync(empty, { recursive: true, force: true });
}
