import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { freePort, startNextServer } from "../helpers/server";

/**
 * The command-line tools and start-up checks, each against a database of its own (never the
 * suite's shared server).
 */
const root = path.resolve(import.meta.dirname, "../..");
const tsx = path.join(root, "node_modules/.bin/tsx");
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "zapier-cli-"));
const dataDir = path.join(dir, "pglite");
const env = { ...process.env, DATABASE_URL: `file:${dataDir}`, SEED_PASSWORD: "cli-password-1" };

function cli(args: string[], input?: string, extraEnv: Record<string, string> = {}) {
  const r = spawnSync(tsx, args, { cwd: root, env: { ...env, ...extraEnv }, input, encoding: "utf8" });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

/** Every folder and file under `top` (itself included) with its permission bits, e.g. "pglite/base 700". */
function modes(top: string): string[] {
  const found: string[] = [];
  const walk = (p: string) => {
    const st = fs.lstatSync(p);
    found.push(`${path.relative(path.dirname(top), p) || "."} ${(st.mode & 0o777).toString(8)}`);
    if (st.isDirectory()) for (const e of fs.readdirSync(p)) walk(path.join(p, e));
  };
  walk(top);
  return found;
}

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("db:seed and the users CLI (embedded database)", () => {
  it("seeds the demo services and users, idempotently", () => {
    const first = cli(["scripts/seed.ts"]);
    expect(first.status).toBe(0);
    expect(first.out).toContain("seeded: 4 new user(s)");
    expect(first.out).toContain("admin@acme.example");
    // A password someone chose is never printed; nor is the default for users seeded with another.
    expect(first.out).toContain("the password you set in SEED_PASSWORD");
    expect(first.out).not.toContain("cli-password-1");
    const again = cli(["scripts/seed.ts"], undefined, { SEED_PASSWORD: "" });
    expect(again.out).toContain("seeded: 0 new user(s)");
    expect(again.out).toContain("the password you set in SEED_PASSWORD");
    expect(again.out).not.toContain("zapier-demo");
  }, 300_000);

  it("prints the documented default password when the demo users have it", () => {
    const r = cli(["scripts/seed.ts"], undefined, { SEED_PASSWORD: "", DATABASE_URL: `file:${path.join(dir, "default-seed")}` });
    expect(r.out).toContain('seeded: 4 new user(s). Demo logins (password "zapier-demo")');
    expect(r.status).toBe(0);
  });

  it("adds, lists and removes users, refusing bad input with exit code 2", () => {
    const added = cli(["scripts/users.ts", "add", "--service", "globex", "--email", "New.Admin@Globex.example", "--role", "admin", "--password-stdin"], "long-enough-pw\n");
    expect(added.out).toContain("added new.admin@globex.example (admin) to Globex Care");
    expect(added.status).toBe(0);
    const list = cli(["scripts/users.ts", "list", "--service", "globex"]);
    expect(list.out).toMatch(/globex\s+admin\s+new\.admin@globex\.example/);
    expect(list.out).not.toContain("acme.example");

    expect(cli(["scripts/users.ts", "add", "--service", "globex", "--email", "new.admin@globex.example", "--role", "admin"], "x".repeat(12)).status).toBe(2);
    expect(cli(["scripts/users.ts", "add", "--service", "nope", "--email", "a@b.example", "--role", "admin"], "x".repeat(12)).out).toContain('No service "nope"');
    expect(cli(["scripts/users.ts", "add", "--service", "acme", "--email", "a@b.example", "--role", "owner"], "x".repeat(12)).status).toBe(2);
    expect(cli(["scripts/users.ts", "add", "--service", "acme", "--email", "short@b.example", "--role", "staff", "--password-stdin"], "short\n").out).toContain("at least 8 characters");

    expect(cli(["scripts/users.ts", "remove", "--email", "new.admin@globex.example"]).out).toContain("removed new.admin@globex.example");
    expect(cli(["scripts/users.ts", "remove", "--email", "new.admin@globex.example"]).status).toBe(2);
  }, 300_000);

  it("lists an unknown service as unknown, not as a service without users", () => {
    const r = cli(["scripts/users.ts", "list", "--service", "nosuch"]);
    expect(r.out).toContain('No service "nosuch".');
    expect(r.out).not.toContain("no users");
    expect(r.status).toBe(2);
  });

  it("refuses to open the embedded database while another process holds it", async () => {
    // node --import tsx (not the tsx CLI, which forks): the pid in the lock is the one we kill.
    const holder = spawn(process.execPath, ["--import", "tsx", "tests/setup/hold-db.ts"], {
      cwd: root,
      env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    try {
      await new Promise<void>((resolve, reject) => {
        holder.stdout.on("data", (d: Buffer) => d.toString().includes("holding") && resolve());
        holder.on("exit", (code) => reject(new Error(`holder exited ${code}`)));
      });
      const r = cli(["scripts/users.ts", "list"]);
      expect(r.status).not.toBe(0);
      expect(r.out).toContain("is open in another process");
    } finally {
      const exited = new Promise((resolve) => (holder.exitCode !== null || holder.signalCode !== null ? resolve(null) : holder.once("exit", resolve)));
      holder.kill("SIGKILL");
      await exited; // reaped: its pid is gone, not a zombie that still looks alive
    }
    // A lock left by a dead process is taken over.
    const after = cli(["scripts/users.ts", "list"]);
    expect({ status: after.status, out: after.out }).toMatchObject({ status: 0 });
  });
});

describe("first deployment without the demo seed (services CLI)", () => {
  // A database of its own: nothing seeded, as on a real deployment.
  const fresh = { DATABASE_URL: `file:${path.join(dir, "fresh")}` };
  const run = (args: string[], input?: string) => cli(args, input, fresh);

  it("creates, lists and renames a service, then its first admin, refusing bad input with exit code 2", () => {
    const empty = run(["scripts/services.ts", "list"]);
    expect(empty.out).toContain("no services");
    expect(empty.status).toBe(0);

    const added = run(["scripts/services.ts", "add", "--slug", "mycompany", "--name", "  My Company  "]);
    expect(added.out).toMatch(/added service mycompany \(My Company\), id \S+/);
    expect(added.status).toBe(0);
    const id = /id (\S+)/.exec(added.out)?.[1] ?? "";

    const admin = run(["scripts/users.ts", "add", "--service", "mycompany", "--email", "boss@mycompany.example", "--role", "admin", "--password-stdin"], "first-admin-pw\n");
    expect(admin.out).toContain("added boss@mycompany.example (admin) to My Company");
    expect(admin.status).toBe(0);

    const listed = run(["scripts/services.ts", "list"]);
    expect(listed.out).toMatch(new RegExp(`mycompany\\s+${id}\\s+1 user\\(s\\)\\s+My Company`));

    const renamed = run(["scripts/services.ts", "rename", "--slug", "mycompany", "--name", "My Company Ltd"]);
    expect(renamed.out).toContain("renamed mycompany to My Company Ltd");
    expect(renamed.status).toBe(0);
    expect(run(["scripts/services.ts", "list"]).out).toContain("My Company Ltd");

    const refused: [string[], string][] = [
      [["add", "--slug", "mycompany", "--name", "Again"], 'Service "mycompany" already exists.'],
      [["add", "--slug", "My Company", "--name", "X"], "--slug must be 1–40 lowercase letters"],
      [["add", "--name", "No slug"], "--slug <slug> is required"],
      [["add", "--slug", "noname"], "--name <name> is required"],
      [["add", "--slug", "ctrl", "--name", "a\u0007b"], "--name: The name cannot contain control characters."],
      [["add", "--slug", "long", "--name", "x".repeat(101)], "--name: Use at most 100 characters."],
      [["rename", "--slug", "nosuch", "--name", "X"], 'No service "nosuch".'],
      [["frobnicate"], "usage: npm run services -- add"],
    ];
    for (const [args, message] of refused) {
      const r = run(["scripts/services.ts", ...args]);
      expect({ args, out: r.out.trim(), status: r.status }).toEqual({ args, out: expect.stringContaining(message), status: 2 });
    }
    expect(run(["scripts/services.ts", "list"]).out.trim().split("\n")).toHaveLength(1);
  }, 300_000);
});

describe(".env", () => {
  it("is read by the CLI commands: DATABASE_URL only in the file picks the database, and the environment wins over it", () => {
    const fromFile = path.join(dir, "from-dotenv");
    const envFile = path.join(dir, "test.env");
    fs.writeFileSync(envFile, `# as an operator writes it\nDATABASE_URL=file:${fromFile}\n`);
    const withoutDatabaseUrl: NodeJS.ProcessEnv = { ...env, ENV_FILE: envFile };
    delete withoutDatabaseUrl.DATABASE_URL;
    const r = spawnSync(tsx, ["scripts/services.ts", "add", "--slug", "dotenv", "--name", "From .env"], {
      cwd: root,
      env: withoutDatabaseUrl,
      encoding: "utf8",
    });
    expect(`${r.stdout}${r.stderr}`).toContain("added service dotenv");
    expect(r.status).toBe(0);
    expect(fs.existsSync(path.join(fromFile, "PG_VERSION"))).toBe(true);
    // Set in the environment, DATABASE_URL beats the file: the suite's own database has no such service.
    const other = cli(["scripts/services.ts", "list"], undefined, { ENV_FILE: envFile });
    expect({ status: other.status, out: other.out }).toMatchObject({ status: 0, out: expect.not.stringContaining("dotenv") });
    // An ENV_FILE that does not exist is an error, not a silent fallback to another database.
    const missing = cli(["scripts/services.ts", "list"], undefined, { ENV_FILE: path.join(dir, "missing.env") });
    expect(missing.out).toContain("ENV_FILE: cannot read");
    expect(missing.status).toBe(2);
  }, 300_000);
});

describe("embedded database files", () => {
  it("are the owner's alone (folders 0700, files 0600) whatever the umask, and existing ones are closed off", () => {
    const parent = path.join(dir, "perm");
    const data = path.join(parent, "pglite");
    const underUmask000 = () =>
      spawnSync("sh", ["-c", 'umask 000 && exec "$0" "$@"', tsx, "scripts/migrate.ts"], {
        cwd: root,
        env: { ...env, DATABASE_URL: `file:${data}` },
        encoding: "utf8",
      });
    const first = underUmask000();
    expect(first.stderr).toBe("");
    expect(first.status).toBe(0);
    const open = (m: string) => !/ (700|600)$/.test(m);
    const after = modes(parent);
    expect(after.length).toBeGreaterThan(10); // PGlite's whole tree, not just the folder
    expect(after.filter(open)).toEqual([]);

    // Files left readable by an older version (or a run before this fix) are fixed at the next open.
    spawnSync("chmod", ["-R", "a+rwX", data]);
    expect(modes(parent).filter(open).length).toBeGreaterThan(10);
    expect(underUmask000().status).toBe(0);
    expect(modes(parent).filter(open)).toEqual([]);
  });
});

describe("db:migration", () => {
  it("finds prisma/schema.prisma and the migrations in agreement (nothing to write)", () => {
    // Diffs the migrations, replayed into an in-memory shadow database, against the schema.
    const r = cli(["scripts/migrate-create.ts", "--check"]);
    expect(r.out).toContain("The schema and the migrations agree: nothing to write.");
    expect(r.status).toBe(0);
  });
});

describe("start-up configuration", () => {
  it.runIf(!!process.env.TEST_DATABASE_URL)("with PostgreSQL, missing secrets stop the server with a message naming them", async () => {
    const port = await freePort();
    const r = spawnSync(process.execPath, [path.join(root, "scripts/serve.mjs"), "-p", String(port), "-H", "127.0.0.1"], {
      cwd: root,
      env: { PATH: process.env.PATH, NODE_ENV: "production", NEXT_DIST_DIR: process.env.NEXT_DIST_DIR ?? "", DATABASE_URL: process.env.TEST_DATABASE_URL },
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(r.status).toBe(1);
    expect(`${r.stdout}${r.stderr}`).toContain("Missing NEXTAUTH_SECRET, CREDENTIALS_KEY, EVENTS_INGEST_SECRET");
  });

  it("the start banner names a chosen demo password without printing it, also after a restart without SEED_PASSWORD", async () => {
    // The suite's database was seeded with SEED_PASSWORD=cli-password-1 (first test); this start has none.
    const server = await startNextServer({ databaseUrl: env.DATABASE_URL, env: { SEED_PASSWORD: "" } });
    try {
      const deadline = Date.now() + 30_000;
      let log = "";
      while (!log.includes("sign in with one of") && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 200));
        log = fs.readFileSync(server.logPath, "utf8");
      }
      expect(log).toContain("sign in with one of (the password you set in SEED_PASSWORD)");
      expect(log).not.toContain("zapier-demo");
      expect(log).not.toContain("cli-password-1");
    } finally {
      await server.stop();
      fs.rmSync(server.logPath, { force: true });
    }
  });

  it("a malformed CREDENTIALS_KEY stops the server with a clear message", async () => {
    const port = await freePort();
    const r = spawnSync(process.execPath, [path.join(root, "scripts/serve.mjs"), "-p", String(port), "-H", "127.0.0.1"], {
      cwd: root,
      env: { ...env, NODE_ENV: "production", CREDENTIALS_KEY: "too-short", DATABASE_URL: `file:${path.join(dir, "other")}` },
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(r.status).toBe(1);
    expect(`${r.stdout}${r.stderr}`).toContain("CREDENTIALS_KEY must be 32 bytes");
  });

  it("a bare `next start` refuses to run and names the project's entry points", async () => {
    const port = await freePort();
    const r = spawnSync(path.join(root, "node_modules/.bin/next"), ["start", "-p", String(port), "-H", "127.0.0.1"], {
      cwd: root,
      env: { ...env, NODE_ENV: "production", DATABASE_URL: `file:${path.join(dir, "bare")}` },
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(r.status).toBe(1);
    expect(`${r.stdout}${r.stderr}`).toMatch(/cannot start: use `npm start` .*`npm run dev` .*`npm run api`/);
  });
});
