import { afterEach, describe, expect, it, vi } from "vitest";
import { escapeForLog, log } from "./log";

describe("escapeForLog", () => {
  it("keeps a value on one line whatever it holds", () => {
    expect(escapeForLog("x\n[delivery] FORGED")).toBe("x\\n[delivery] FORGED");
    expect(escapeForLog("a\r\tb\u0000c\u001b[31md\u007f")).toBe("a\\r\\tb\\x00c\\x1b[31md\\x7f");
    expect(escapeForLog("a\u2028b\u202ec\u0085")).toBe("a\\u2028b\\u202ec\\x85");
  });

  it("escapes lone surrogates and keeps valid pairs and ordinary text", () => {
    expect(escapeForLog("a\ud800b\udc00")).toBe("a\\ud800b\\udc00");
    expect(escapeForLog("Straße 😀 漢字")).toBe("Straße 😀 漢字");
  });

  it("cuts long values", () => {
    expect(escapeForLog("x".repeat(5000), 10)).toBe(`${"x".repeat(10)}…`);
  });
});

describe("log", () => {
  afterEach(() => vi.restoreAllMocks());
  it("writes one escaped line with its scope", () => {
    const spy = vi.spyOn(console, "error").mockImplementation(() => {});
    log.error("auth", "bad callback x\n[delivery] FORGED");
    expect(spy).toHaveBeenCalledWith("[auth] bad callback x\\n[delivery] FORGED");
  });
});
