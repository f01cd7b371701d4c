import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const example = fs.readFileSync(path.join(root, ".env.example"), "utf8");
const readme = fs.readFileSync(path.join(root, "README.md"), "utf8");

/** `# NAME=value` lines: the variables .env.example offers, each commented out. */
const offered = [...example.matchAll(/^# ([A-Z][A-Z0-9_]*)=/gm)].map((m) => m[1]);

describe(".env.example", () => {
  it("offers every variable of the README's configuration table", () => {
    const table = readme.slice(readme.indexOf("## Configuration"), readme.indexOf("\n## ", readme.indexOf("## Configuration") + 1));
    const documented = [...table.matchAll(/^\| `([A-Z][A-Z0-9_]*)` \|/gm)].map((m) => m[1]);
    expect(documented.length).toBeGreaterThan(10);
    expect(documented.filter((name) => !offered.includes(name))).toEqual([]);
  });

  it("sets nothing by default: every line is a comment or blank", () => {
    expect(example.split("\n").filter((line) => line.trim() !== "" && !line.startsWith("#"))).toEqual([]);
  });
});
