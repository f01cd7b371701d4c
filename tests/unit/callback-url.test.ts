import { describe, expect, it } from "vitest";
import { DEFAULT_CALLBACK, safeCallbackUrl } from "@/app/login/callback-url";

describe("safeCallbackUrl", () => {
  it.each([
    "/..//evil.example",
    "/../..//evil.example/x",
    "/.//evil.example",
    "/a/../..//evil.example",
    "/%2e%2e//evil.example",
    "/%2E%2E/%2Fevil.example",
    "/%2F%2Fevil.example",
    "/%2f/evil.example",
    "/%5Cevil.example",
    "/%5c%5cevil.example",
    "//evil",
    "//evil.example/path",
    "/\\evil",
    "\\\\evil",
    "/\t/evil.example",
    "/\n/evil.example",
    "https://evil.example/",
    "http://evil.example",
    "HTTPS://evil.example",
    "javascript:alert(1)",
    "evil.example",
    "",
    "/login",
    "/login?callbackUrl=/admin",
    "/%",
  ])("refuses %j", (raw) => {
    expect(safeCallbackUrl(raw)).toBe(DEFAULT_CALLBACK);
  });

  it.each([
    ["/admin/integrations", "/admin/integrations"],
    ["/admin/integrations/zapier?x=1#top", "/admin/integrations/zapier?x=1#top"],
    ["/admin/../admin/integrations", "/admin/integrations"],
    ["/admin/integrations/zapier/", "/admin/integrations/zapier/"],
  ])("keeps the same-origin path %j", (raw, expected) => {
    expect(safeCallbackUrl(raw)).toBe(expected);
  });

  it("refuses anything that is not a string", () => {
    for (const raw of [undefined, null, ["/admin"], 1]) expect(safeCallbackUrl(raw)).toBe(DEFAULT_CALLBACK);
  });

  it("whatever it answers is itself a same-origin path that parses back to itself", () => {
    const inputs = ["/..//a", "/./a", "/a/%2e%2e/%2e%2e//b", "/a?b=//c", "/a#//b", "/%2e%2e/%2e%2e/x"];
    for (const raw of inputs) {
      const out = safeCallbackUrl(raw);
      expect(out.startsWith("/") && !out.startsWith("//") && !out.startsWith("/\\"), `${raw} → ${out}`).toBe(true);
      const again = new URL(out, "http://console.invalid");
      expect(again.origin).toBe("http://console.invalid");
      expect(`${again.pathname}${again.search}${again.hash}`).toBe(out);
    }
  });
});
