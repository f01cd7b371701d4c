import crypto from "node:crypto";
import zapier from "zapier-platform-core";
import type { Bundle, ZObject } from "zapier-platform-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createAccount, loginAdmin, type Session } from "../../tests/helpers/session";
import { startSink, verifySignature, waitFor, type Sink } from "../../tests/helpers/sink";
import { ingest } from "../../tests/helpers/zapier";
import { TRIGGERS } from "../src/events";
import App from "../src/index";

/**
 * The reference app run by Zapier's own runtime (createAppTester) against the real server:
 * a production build on a fresh database, started by the suite's global setup.
 */
delete process.env.LOGGING_TOKEN; // the runtime only ships logs to Zapier when a token is set
const appTester = zapier.createAppTester(App);

let admin: Session;
let sink: Sink;

beforeAll(async () => {
  admin = await loginAdmin("zapier-app");
  sink = await startSink();
});
afterAll(async () => {
  await sink.close();
});

async function connection(name: string) {
  const { account, appToken } = await createAccount(admin, name);
  const authData = { app_id: account.appId, app_token: appToken, base_url: `${account.baseUrl}/` };
  return { account, appToken, bundle: { authData, inputData: {} } as unknown as Bundle };
}

const triggerOf = (key: string) => {
  const trigger = App.triggers[key];
  if (!trigger) throw new Error(`no trigger ${key}`);
  return trigger.operation;
};

describe("the app definition", () => {
  it("passes Zapier's own validation", async () => {
    const handler = zapier.createAppHandler(App);
    const result = (await handler({ command: "validate" })) as { results: unknown[] };
    expect(result.results).toEqual([]);
  });

  it("has the 13 triggers as REST hooks, labelled with the seed's names", () => {
    const visible = Object.values(App.triggers).filter((t) => !("hidden" in t.display && t.display.hidden));
    expect(visible).toHaveLength(13);
    expect(visible.map((t) => t.display.label)).toEqual([
      "Contact Created", "Contact Updated", "Contact Merged", "Contact Ownership Transferred", "Contact Deleted",
      "New Enquiry", "Enquiry Handling", "Enquiry Closed", "Enquiry Missed", "SMS Status Updated",
      "Tag Created", "Tag Updated", "Tag Deleted",
    ]);
    for (const t of visible) expect("type" in t.operation && t.operation.type).toBe("hook");
    expect(App.authentication.fields.map((f) => [f.key, f.type])).toEqual([["app_id", "string"], ["app_token", "password"], ["base_url", "string"]]);
  });
});

describe("authentication test (GET /me)", () => {
  it("good credentials: the account and its service, and a connection label", async () => {
    const { account, bundle } = await connection("Zapier auth good");
    const me = (await appTester(App.authentication.test, bundle)) as { appId: string; name: string; service: { name: string } };
    expect(me).toMatchObject({ appId: account.appId, name: "Zapier auth good", service: { name: "Test zapier-app" } });
    expect(App.authentication.connectionLabel).toContain("bundle.inputData.name");
  });

  it("wrong, regenerated and deleted credentials raise ExpiredAuthError", async () => {
    const { account, appToken, bundle } = await connection("Zapier auth bad");
    const withToken = (token: string) => ({ ...bundle, authData: { ...bundle.authData, app_token: token } }) as Bundle;
    await expect(appTester(App.authentication.test, withToken(`${appToken.slice(0, -6)}AAAAAA`))).rejects.toMatchObject({ name: "ExpiredAuthError" });

    const regenerated = await admin.fetch(`/api/zapier-accounts/${account.id}/regenerate`, { method: "POST", json: {} });
    const { appToken: fresh } = (await regenerated.json()) as { appToken: string };
    await expect(appTester(App.authentication.test, withToken(appToken))).rejects.toMatchObject({ name: "ExpiredAuthError" });
    await expect(appTester(App.authentication.test, withToken(fresh))).resolves.toMatchObject({ appId: account.appId });

    await admin.fetch(`/api/zapier-accounts/${account.id}`, { method: "DELETE" });
    await expect(appTester(App.authentication.test, withToken(fresh))).rejects.toMatchObject({ name: "ExpiredAuthError" });
  });
});

describe("REST hooks", () => {
  it("subscribe → publish → signed payload at the target → perform → unsubscribe → nothing more arrives", async () => {
    const { bundle } = await connection("Zapier hooks");
    const me = (await appTester(App.authentication.test, bundle)) as { service: { id: string } };
    const tagCreated = triggerOf("tag_created");

    const subscribeData = (await appTester(tagCreated.performSubscribe, { ...bundle, targetUrl: sink.url("/zap") } as Bundle)) as { id: string; signingSecret: string };
    expect(subscribeData.id).toBeTruthy();
    const control = (await appTester(tagCreated.performSubscribe, { ...bundle, targetUrl: sink.url("/control") } as Bundle)) as { id: string };

    const data = { status: "created", id: "tag-7", name: "VIP", colorCode: "#FF8800" };
    expect((await ingest({ serviceId: me.service.id, event: "tag.created", data })).status).toBe(202);
    await waitFor(() => sink.to("/zap").length === 1 && sink.to("/control").length === 1, "the first event at both hooks");
    const arrived = sink.to("/zap")[0];
    expect(verifySignature(arrived, subscribeData.signingSecret)).toBe(true);
    const payload = JSON.parse(arrived?.body ?? "{}") as Record<string, unknown>;
    expect(payload).toMatchObject({ ...data, event: "tag.created", id: "tag-7" });

    // perform checks the signature on the raw request Zapier hands over (headers prefixed Http-).
    const signed = (id: unknown, timestamp: unknown, signature: unknown) => ({
      "Http-Webhook-Id": String(id),
      "Http-Webhook-Timestamp": String(timestamp),
      "Http-Webhook-Signature": String(signature),
    });
    const rawRequest = {
      method: "POST",
      content: arrived?.body ?? "",
      headers: signed(arrived?.headers["webhook-id"], arrived?.headers["webhook-timestamp"], arrived?.headers["webhook-signature"]),
    };
    const items = (await appTester(tagCreated.perform, { ...bundle, subscribeData, cleanedRequest: payload, rawRequest } as Bundle)) as unknown[];
    expect(items).toEqual([payload]);
    const forged = { ...rawRequest, content: (arrived?.body ?? "").replace("VIP", "VIP!") };
    await expect(appTester(tagCreated.perform, { ...bundle, subscribeData, cleanedRequest: payload, rawRequest: forged } as Bundle)).rejects.toMatchObject({ name: "HaltedError" });
    const unsigned = { ...rawRequest, headers: {} };
    await expect(appTester(tagCreated.perform, { ...bundle, subscribeData, cleanedRequest: payload, rawRequest: unsigned } as Bundle)).rejects.toMatchObject({ name: "HaltedError" });
    // A captured delivery replayed more than 5 minutes later is refused, even correctly signed for that time.
    const key = Buffer.from(subscribeData.signingSecret.slice("whsec_".length), "base64");
    const staleAt = Math.floor(Date.now() / 1000) - 6 * 60;
    const staleSignature = `v1,${crypto.createHmac("sha256", key).update(`${String(arrived?.headers["webhook-id"])}.${staleAt}.${rawRequest.content}`).digest("base64")}`;
    const stale = { ...rawRequest, headers: signed(arrived?.headers["webhook-id"], staleAt, staleSignature) };
    await expect(appTester(tagCreated.perform, { ...bundle, subscribeData, cleanedRequest: payload, rawRequest: stale } as Bundle)).rejects.toMatchObject({ name: "HaltedError" });
    const fresh = { ...rawRequest, headers: signed(arrived?.headers["webhook-id"], staleAt + 6 * 60, staleSignature) };
    await expect(appTester(tagCreated.perform, { ...bundle, subscribeData, cleanedRequest: payload, rawRequest: fresh } as Bundle)).rejects.toMatchObject({ name: "HaltedError" });

    await appTester(tagCreated.performUnsubscribe, { ...bundle, subscribeData } as Bundle);
    expect((await ingest({ serviceId: me.service.id, event: "tag.created", data: { ...data, id: "tag-8" } })).status).toBe(202);
    await waitFor(() => sink.to("/control").length === 2, "the second event at the control hook");
    expect(sink.to("/zap")).toHaveLength(1);

    await appTester(tagCreated.performUnsubscribe, { ...bundle, subscribeData: control } as Bundle);
    // Zapier may unsubscribe again (turning the Zap off twice): the hook is gone, which is the goal.
    await expect(appTester(tagCreated.performUnsubscribe, { ...bundle, subscribeData: control } as Bundle)).resolves.toEqual({});
  });

  it("unsubscribing a hook CINNOX already removed (its target answered 410) succeeds; other errors still raise", async () => {
    const { bundle } = await connection("Zapier hooks gone");
    const me = (await appTester(App.authentication.test, bundle)) as { service: { id: string } };
    const gone = await startSink(() => 410);
    try {
      const subscribeData = (await appTester(triggerOf("tag_deleted").performSubscribe, { ...bundle, targetUrl: gone.url("/gone") } as Bundle)) as { id: string };
      expect((await ingest({ serviceId: me.service.id, event: "tag.deleted", data: { status: "deleted", id: "tag-9", name: "Old" } })).status).toBe(202);
      await waitFor(() => gone.requests.length === 1, "the 410 answer");
      const hooksGone = async () => {
        const list = await appTester(async (z: ZObject, b: Bundle) => (await z.request({ url: `${String(b.authData.base_url)}hooks` })).data as { hooks: { id: string }[] }, bundle);
        return !list.hooks.some((h) => h.id === subscribeData.id);
      };
      await waitFor(hooksGone, "the subscription to be removed after the 410");
      await expect(appTester(triggerOf("tag_deleted").performUnsubscribe, { ...bundle, subscribeData } as Bundle)).resolves.toEqual({});
      const wrong = { ...bundle, authData: { ...bundle.authData, app_token: "cnxzap_wrong" } } as Bundle;
      await expect(appTester(triggerOf("tag_deleted").performUnsubscribe, { ...wrong, subscribeData } as Bundle)).rejects.toMatchObject({ name: "ExpiredAuthError" });
    } finally {
      await gone.close();
    }
  });

  it("a target the server does not allow is refused with the console's message", async () => {
    const { bundle } = await connection("Zapier hooks refused");
    await expect(appTester(triggerOf("contact_created").performSubscribe, { ...bundle, targetUrl: "https://evil.example/x" } as Bundle)).rejects.toThrow(/not an allowed REST-hook target/);
  });

  let listBundle: Bundle | undefined;
  it.each(TRIGGERS.map((t) => [t.key, t.event]))("performList for %s returns items with unique ids", async (key, event) => {
    listBundle ??= (await connection("Zapier lists")).bundle;
    const bundle = listBundle;
    const items = (await appTester(triggerOf(key).performList, bundle)) as { id: string; event: string }[];
    expect(items.length).toBeGreaterThan(0);
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
    for (const item of items) expect(item.event).toBe(event);
    // The sample in the definition has the same fields as what the server sends.
    expect(Object.keys(items[0] ?? {}).sort()).toEqual(Object.keys(App.triggers[key]?.operation.sample ?? {}).sort());
  });
});
