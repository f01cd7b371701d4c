import { afterEach, describe, expect, it } from "vitest";
import { resetEnv } from "@/lib/env";
import { clientAddress } from "./request";

const address = (xff?: string) => clientAddress(new Headers(xff === undefined ? {} : { "x-forwarded-for": xff }));

describe("clientAddress", () => {
  afterEach(() => {
    delete process.env.TRUST_PROXY;
    resetEnv();
  });

  it("without a trusted proxy: the one entry scripts/serve.mjs wrote from the socket", () => {
    expect(address("127.0.0.1")).toBe("127.0.0.1");
    expect(address("::ffff:10.0.0.7")).toBe("10.0.0.7");
    expect(address()).toBe("unknown");
  });

  it("behind trusted proxies: the entry the outermost one wrote, never what the client prepended", () => {
    process.env.TRUST_PROXY = "true";
    resetEnv();
    expect(address("6.6.6.6, 203.0.113.9")).toBe("203.0.113.9");
    process.env.TRUST_PROXY = "2";
    resetEnv();
    expect(address("6.6.6.6, 203.0.113.9, 10.0.0.2")).toBe("203.0.113.9");
    expect(address("203.0.113.9")).toBe("203.0.113.9");
    process.env.TRUST_PROXY = "false";
    resetEnv();
    expect(address("203.0.113.9")).toBe("203.0.113.9");
  });
});
