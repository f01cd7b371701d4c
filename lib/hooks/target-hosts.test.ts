import { afterEach, describe, expect, it } from "vitest";
import { targetProblem } from "./target-hosts";

const allowed = (url: string) => targetProblem(url) === null;

describe("HOOK_TARGET_HOSTS", () => {
  afterEach(() => {
    delete process.env.HOOK_TARGET_HOSTS;
  });

  it("by default allows https://hooks.zapier.com on port 443 only", () => {
    for (const unset of [undefined, "", "  "]) {
      if (unset === undefined) delete process.env.HOOK_TARGET_HOSTS;
      else process.env.HOOK_TARGET_HOSTS = unset;
      expect(allowed("https://hooks.zapier.com/hooks/standard/1/abc/")).toBe(true);
      expect(allowed("https://hooks.zapier.com:443/x")).toBe(true);
      expect(allowed("https://HOOKS.zapier.com./x")).toBe(true);
      expect(allowed("http://hooks.zapier.com/x")).toBe(false);
      expect(allowed("https://hooks.zapier.com:8443/x")).toBe(false);
      expect(allowed("http://hooks.zapier.com:443/x")).toBe(false);
      expect(allowed("https://hooks.zapier.com.evil.example/x")).toBe(false);
      expect(allowed("http://127.0.0.1:3000/x")).toBe(false);
    }
  });

  it("a host name or *.domain allows https on 443; http://host allows plain http to that host on any port, and not https", () => {
    process.env.HOOK_TARGET_HOSTS = "*.example.com, http://127.0.0.1, http://*.internal.test, http://[::1]";
    expect(allowed("https://a.example.com/x")).toBe(true);
    expect(allowed("https://a.b.example.com/x")).toBe(true);
    expect(allowed("https://example.com/x")).toBe(false);
    expect(allowed("http://a.example.com/x")).toBe(false);
    expect(allowed("https://a.example.com:444/x")).toBe(false);
    expect(allowed("http://127.0.0.1:4567/hook")).toBe(true);
    expect(allowed("http://127.0.0.1/hook")).toBe(true);
    expect(allowed("https://127.0.0.1/hook")).toBe(false);
    expect(allowed("http://svc.internal.test:8080/x")).toBe(true);
    expect(allowed("http://[::1]:8080/x")).toBe(true);
    expect(allowed("http://127.0.0.2/x")).toBe(false);
    expect(targetProblem("https://127.0.0.1/hook")).toContain("plain http only");
    expect(targetProblem("http://a.example.com/x")).toContain("must use https");
  });

  it("refuses other schemes, credentials and non-URLs whatever the list", () => {
    process.env.HOOK_TARGET_HOSTS = "http://127.0.0.1,hooks.zapier.com";
    expect(allowed("ftp://hooks.zapier.com/x")).toBe(false);
    expect(allowed("https://user:pass@hooks.zapier.com/x")).toBe(false);
    expect(allowed("http://user@127.0.0.1/x")).toBe(false);
    expect(allowed("hooks.zapier.com/x")).toBe(false);
  });
});
