import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadDotenv } from "./dotenv.mjs";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "zapier-dotenv-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("loadDotenv", () => {
  it("sets what the environment lacks and leaves what it has, even an empty value", () => {
    const file = path.join(dir, "a.env");
    fs.writeFileSync(file, '# comment\nDATABASE_URL=postgres://db/x\nPORT=4000\nSEED_DEMO=true\nAPP_URL="http://x.example" # trailing\n');
    const env: Record<string, string | undefined> = { PORT: "3000", SEED_DEMO: "" };
    expect(loadDotenv({ file, env })).toStrictEqual({ file, loaded: expect.arrayContaining(["DATABASE_URL", "APP_URL"]) });
    expect(env).toEqual({ PORT: "3000", SEED_DEMO: "", DATABASE_URL: "postgres://db/x", APP_URL: "http://x.example" });
  });

  it("takes ENV_FILE from the environment, and refuses one that cannot be read", () => {
    const file = path.join(dir, "b.env");
    fs.writeFileSync(file, "HOST=0.0.0.0\n");
    const env: Record<string, string | undefined> = { ENV_FILE: file };
    loadDotenv({ env });
    expect(env.HOST).toBe("0.0.0.0");
    expect(() => loadDotenv({ env: { ENV_FILE: path.join(dir, "missing.env") } })).toThrow(/ENV_FILE: cannot read/);
  });
});
