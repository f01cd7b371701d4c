import http from "node:http";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { postUnfinished } from "../helpers/http";
import { appFetch, loginAdmin } from "../helpers/session";
import { startSink, waitFor } from "../helpers/sink";
import { ingest, newCreds, subscribe, type Creds } from "../helpers/zapier";

/** One valid `data` per event, and a value of the wrong type for each of its fields. */
const VALID: Record<string, Record<string, unknown>> = {
  "contact.created": { status: "created", name: "Chan" },
  "contact.updated": { status: "updated", name: "Chan" },
  "contact.merged": { status: "merged", name: "Chan" },
  "contact.owner_transferred": { status: "transferred", name: "Chan", fromOwnerID: "u1", toOwnerID: "u2" },
  "contact.deleted": { status: "deleted", name: "Chan" },
  "enquiry.new": { status: "new", enquiryID: "e1", displayCaseNumber: "C-1", type: "inbound", channel: "web", date: "2026-11-24T08:00:00Z", destination: "Sales", destinationTypes: ["team"] },
  "enquiry.handling": { status: "handling", enquiryID: "e1", displayCaseNumber: "C-1", type: "inbound", channel: "web", date: "2026-11-24T08:00:00Z", destination: "Sales", destinationTypes: ["team"] },
  "enquiry.closed": { status: "closed", enquiryID: "e1", displayCaseNumber: "C-1", type: "inbound", channel: "web", date: "2026-11-24T08:00:00Z", destination: "Sales", destinationTypes: ["team"] },
  "enquiry.missed": { status: "missed", enquiryID: "e1", displayCaseNumber: "C-1", type: "inbound", channel: "web", date: "2026-11-24T08:00:00Z", destination: "Sales", destinationTypes: ["team"] },
  "sms.status": { transactionId: "t1", recipientNumber: "+85291234567", recipientCountry: "HK", responseCode: 200, status: "delivered", exception: null },
  "tag.created": { status: "created", id: "tag-1", name: "VIP", colorCode: "#FF8800" },
  "tag.updated": { status: "updated", id: "tag-1", name: "VIP", colorCode: "#00FF88" },
  "tag.deleted": { status: "deleted", id: "tag-1", name: "VIP" },
};
const wrongType = (value: unknown) => (typeof value === "string" ? 12345 : typeof value === "number" ? "200" : Array.isArray(value) ? "team" : 42);

let creds: Creds;
beforeAll(async () => {
  creds = await newCreds(await loginAdmin("ingest"), "Ingest");
});

async function samples(event: string, from: Creds = creds) {
  return (await (await appFetch(from, `/samples/${event}`)).json()) as { eventId: string }[];
}

describe("POST /api/internal/events: bad input is 422 with the failing field, and nothing is stored", () => {
  const cases: [string, string, Record<string, unknown>, string][] = [];
  for (const [event, data] of Object.entries(VALID)) {
    for (const field of Object.keys(data)) {
      const missing = Object.fromEntries(Object.entries(data).filter(([key]) => key !== field));
      cases.push([`${event}: ${field} missing`, event, missing, `data.${field}`]);
      cases.push([`${event}: ${field} of the wrong type`, event, { ...data, [field]: wrongType(data[field]) }, `data.${field}`]);
    }
    cases.push([`${event}: unknown field`, event, { ...data, surprise: "x" }, "data.surprise"]);
  }

  it.each(cases)("%s", async (_name, event, data, field) => {
    const res = await ingest({ serviceId: creds.serviceId, event, data });
    expect(res.status).toBe(422);
    const body = (await res.json()) as { error: { code: string; field: string; message: string } };
    expect(body.error.code).toBe("invalid_input");
    expect(body.error.field).toBe(field);
  });

  it.each([
    ["serviceId missing", { event: "tag.created", data: VALID["tag.created"] }, "serviceId"],
    ["serviceId a number", { serviceId: 5, event: "tag.created", data: VALID["tag.created"] }, "serviceId"],
    ["event missing", { serviceId: "x", data: VALID["tag.created"] }, "event"],
    ["event unknown", { serviceId: "x", event: "tag.exploded", data: {} }, "event"],
    ["data missing", { serviceId: "x", event: "tag.created" }, "data"],
    ["data an array", { serviceId: "x", event: "tag.created", data: [] }, "data"],
    ["occurredAt not a date", { serviceId: "x", event: "tag.created", data: VALID["tag.created"], occurredAt: "yesterday" }, "occurredAt"],
    ["unknown envelope field", { serviceId: "x", event: "tag.created", data: VALID["tag.created"], extra: 1 }, "extra"],
  ])("envelope: %s", async (_name, body, field) => {
    const res = await ingest(body);
    expect(res.status).toBe(422);
    expect(((await res.json()) as { error: { field: string } }).error.field).toBe(field);
  });

  it("stored none of the rejected events: every trigger still shows only its marked example", async () => {
    for (const event of Object.keys(VALID)) {
      const list = await samples(event);
      expect(list).toHaveLength(1);
      expect(list[0]?.eventId).toBe("evt_example");
    }
  });
});

describe("request bodies of the Base URL service (read straight from the node request)", () => {
  const ingestHeaders = () => ({ authorization: `Bearer ${inject("ingestSecret")}`, "content-type": "application/json" });
  const appHeaders = () => ({ "x-app-id": own.appId, authorization: `Bearer ${own.appToken}`, "content-type": "application/json" });
  // A service of its own: the events ingested here must not show in the other tests' samples.
  let own: Creds;
  beforeAll(async () => {
    own = await newCreds(await loginAdmin("ingest-bodies"), "Bodies");
  });

  /** One POST whose body arrives in several chunks, without Content-Length. */
  function postChunked(path: string, headers: Record<string, string>, parts: string[]) {
    return new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = http.request(`${inject("baseUrl")}${path}`, { method: "POST", headers: { ...headers, "transfer-encoding": "chunked" } }, (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (d: string) => (body += d));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
      });
      req.on("error", reject);
      const next = (i: number) => {
        if (i === parts.length) return void req.end();
        req.write(parts[i]);
        setTimeout(() => next(i + 1), 5);
      };
      next(0);
    });
  }

  it("a body in several chunks is read whole", async () => {
    const json = JSON.stringify({ serviceId: own.serviceId, event: "tag.created", data: VALID["tag.created"] });
    const parts = [json.slice(0, 10), json.slice(10, 40), json.slice(40)];
    const res = await postChunked("/api/internal/events", ingestHeaders(), parts);
    expect(res.status).toBe(202);
    expect((JSON.parse(res.body) as { eventId: string }).eventId).toMatch(/^evt_/);
    const hook = await postChunked("/api/zapier/v1/hooks", appHeaders(), ['{"event":"tag.created",', '"targetUrl":"https://hooks.zapier.com/chunked"}']);
    expect(hook.status).toBe(201);
  });

  it("past 16 KiB is 413, declared or not, and nothing is stored", async () => {
    const before = (await samples("contact.created", own)).length;
    const big = JSON.stringify({ serviceId: own.serviceId, event: "contact.created", data: { ...VALID["contact.created"], name: "x".repeat(20_000) } });
    const declared = await fetch(`${inject("baseUrl")}/api/internal/events`, { method: "POST", headers: ingestHeaders(), body: big });
    expect(declared.status).toBe(413);
    expect(((await declared.json()) as { error: { code: string } }).error.code).toBe("payload_too_large");
    // 32 KiB in 4 KiB chunks and no end of body: it must answer after reading 16 KiB, not wait for the rest.
    const chunk = new TextEncoder().encode("x".repeat(4096));
    for (const [path, headers] of [
      ["/api/internal/events", ingestHeaders()],
      ["/api/zapier/v1/hooks", appHeaders()],
    ] as const) {
      const res = await postUnfinished(`${inject("baseUrl")}${path}`, headers, chunk, 8);
      expect(res.status, path).toBe(413);
      expect((JSON.parse(res.body) as { error: { code: string } }).error.code).toBe("payload_too_large");
    }
    expect((await samples("contact.created", own)).length).toBe(before);
  });
});

describe("ingest authentication and routing", () => {
  it("needs the ingest secret", async () => {
    const body = { serviceId: creds.serviceId, event: "tag.created", data: VALID["tag.created"] };
    for (const secret of ["", "wrong", `${"x".repeat(64)}`]) {
      const res = await ingest(body, secret);
      expect(res.status).toBe(401);
    }
    expect((await fetch(`${(await import("vitest")).inject("baseUrl")}/api/internal/events`, { method: "POST", body: "{}" })).status).toBe(401);
  });

  it("an unknown serviceId is 404", async () => {
    const res = await ingest({ serviceId: "c00000000000000000000000", event: "tag.created", data: VALID["tag.created"] });
    expect(res.status).toBe(404);
  });

  it("accepts every event with valid data (202) and samples then show the real events, newest first", async () => {
    for (const [event, data] of Object.entries(VALID)) {
      const first = await ingest({ serviceId: creds.serviceId, event, data, occurredAt: "2026-11-24T08:00:00Z" });
      expect(first.status).toBe(202);
      const second = await ingest({ serviceId: creds.serviceId, event, data, occurredAt: "2026-11-24T09:00:00Z" });
      const { eventId } = (await second.json()) as { eventId: string };
      const list = (await samples(event)) as (Record<string, unknown> & { id: string; eventId: string })[];
      // Items have unique ids: the two tag events share the tag's id, so only the newest stays.
      expect(list).toHaveLength(event.startsWith("tag.") ? 1 : 2);
      expect(new Set(list.map((x) => x.id)).size).toBe(list.length);
      expect(list[0]?.eventId).toBe(eventId);
      expect(list[0]).toMatchObject({ ...data, event, occurredAt: "2026-11-24T09:00:00.000Z" });
      expect(list[0]?.id).toBe(event.startsWith("tag.") ? "tag-1" : eventId);
      if (event === "tag.deleted") expect(list[0]).not.toHaveProperty("colorCode");
    }
  });

  it("samples of an unknown event are 404", async () => {
    expect((await appFetch(creds, "/samples/contact.exploded")).status).toBe(404);
  });

  it("occurredAt more than 5 minutes ahead is 422 and not stored (it would stay first in /samples); a little clock skew is accepted", async () => {
    const before = await samples("contact.merged");
    for (const occurredAt of ["2031-01-01T00:00:00Z", new Date(Date.now() + 6 * 60_000).toISOString()]) {
      const res = await ingest({ serviceId: creds.serviceId, event: "contact.merged", data: VALID["contact.merged"], occurredAt });
      expect(res.status, occurredAt).toBe(422);
      const body = (await res.json()) as { error: { code: string; field: string; message: string } };
      expect(body.error).toMatchObject({ code: "invalid_input", field: "occurredAt" });
      expect(body.error.message).toMatch(/future/);
    }
    expect(await samples("contact.merged")).toEqual(before);

    const skewed = new Date(Date.now() + 60_000).toISOString();
    const accepted = await ingest({ serviceId: creds.serviceId, event: "contact.merged", data: VALID["contact.merged"], occurredAt: skewed });
    expect(accepted.status).toBe(202);
    expect((await samples("contact.merged"))[0]).toMatchObject({ occurredAt: skewed });
  });
});

describe("samples leave out the console's test events", () => {
  it("with only test events samples show the marked example; with a real event, the real one and never a test event", async () => {
    // A service of its own: samples are per service, and the suites above fill "ingest".
    const admin = await loginAdmin("samples");
    const own = await newCreds(admin, "Samples");
    const sink = await startSink();
    try {
      const hook = await subscribe(own, "contact.created", sink.url());
      const sendTest = async () => {
        const res = await admin.fetch(`/api/zapier-accounts/${own.accountId}/hooks/${hook.id}/test`, { method: "POST" });
        expect(res.status).toBe(202);
        return ((await res.json()) as { eventId: string }).eventId;
      };
      const ids = async () => (await samples("contact.created", own)).map((x) => x.eventId);

      const firstTest = await sendTest();
      await waitFor(() => sink.requests.length === 1, "the test event at the hook");
      // The test event was stored and delivered as one, so only the filter keeps it out of samples.
      expect(JSON.parse(sink.requests[0]?.body ?? "{}")).toMatchObject({ eventId: firstTest, test: true });
      expect(await ids()).toEqual(["evt_example"]);

      const real = await ingest({ serviceId: own.serviceId, event: "contact.created", data: VALID["contact.created"] });
      expect(real.status).toBe(202);
      const { eventId: realId } = (await real.json()) as { eventId: string };
      // A test event newer than the real one stays out too.
      const secondTest = await sendTest();
      await waitFor(() => sink.requests.length === 3, "the real and the second test event at the hook");
      expect(sink.requests.map((r) => (JSON.parse(r.body) as { eventId: string }).eventId).sort()).toEqual([firstTest, realId, secondTest].sort());
      expect(await ids()).toEqual([realId]);
    } finally {
      await sink.close();
    }
  });
});
