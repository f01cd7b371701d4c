import { Webhook } from "standardwebhooks";
import { describe, expect, it } from "vitest";
import { activeSigningKeys, signatureHeaders, signingSecret } from "./signing";

describe("Standard Webhooks signatures", () => {
  const body = JSON.stringify({ id: "tag-1", event: "tag.created", name: "VIP ✓" });

  it("verify with the standardwebhooks library and the whsec_ secret", () => {
    const headers = signatureHeaders("dlv_1", body, activeSigningKeys("acc_1", 0, false));
    expect(headers["webhook-id"]).toBe("dlv_1");
    expect(headers["webhook-timestamp"]).toMatch(/^\d{10}$/);
    expect(headers["webhook-signature"]).toMatch(/^v1,[A-Za-z0-9+/]{43}=$/);
    expect(signingSecret("acc_1", 0)).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(new Webhook(signingSecret("acc_1", 0)).verify(body, headers)).toEqual(JSON.parse(body));
    expect(() => new Webhook(signingSecret("acc_2", 0)).verify(body, headers)).toThrow();
    expect(() => new Webhook(signingSecret("acc_1", 0)).verify(body.replace("VIP", "VIP!"), headers)).toThrow();
  });

  it("a new generation is a new secret; during a grace period both generations sign", () => {
    expect(signingSecret("acc_1", 1)).not.toBe(signingSecret("acc_1", 0));
    const headers = signatureHeaders("dlv_2", body, activeSigningKeys("acc_1", 1, true));
    expect(headers["webhook-signature"].split(" ")).toHaveLength(2);
    expect(() => new Webhook(signingSecret("acc_1", 1)).verify(body, headers)).not.toThrow();
    expect(() => new Webhook(signingSecret("acc_1", 0)).verify(body, headers)).not.toThrow();
    const after = signatureHeaders("dlv_2", body, activeSigningKeys("acc_1", 1, false));
    expect(() => new Webhook(signingSecret("acc_1", 0)).verify(body, after)).toThrow();
  });

  it("a delivery captured more than 5 minutes ago no longer verifies", () => {
    const old = signatureHeaders("dlv_3", body, activeSigningKeys("acc_1", 0, false), Date.now() - 6 * 60_000);
    expect(() => new Webhook(signingSecret("acc_1", 0)).verify(body, old)).toThrow(/too old/);
  });
});
