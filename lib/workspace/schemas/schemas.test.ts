import { describe, expect, it } from "vitest";
import { zodToApiError } from "@/lib/api/body";
import { createContactBody, findContactsQuery, sendSmsBody, smsSegments, updateContactBody } from "./index";

const fail = (schema: { safeParse(v: unknown): { success: boolean; error?: unknown } }, value: unknown) => {
  const r = schema.safeParse(value);
  if (r.success) throw new Error("expected a failure");
  return zodToApiError(r.error as never);
};

describe("workspace schemas", () => {
  it("counts SMS segments as the platform does", () => {
    expect(smsSegments("a".repeat(160))).toBe(1);
    expect(smsSegments("a".repeat(161))).toBe(2);
    expect(smsSegments("a".repeat(306))).toBe(2);
    expect(smsSegments("a".repeat(307))).toBe(3);
    expect(smsSegments("€".repeat(80))).toBe(1);
    expect(smsSegments("€".repeat(81))).toBe(2);
    expect(smsSegments("你".repeat(70))).toBe(1);
    expect(smsSegments("你".repeat(71))).toBe(2);
    expect(smsSegments("你".repeat(134))).toBe(2);
    expect(smsSegments("你".repeat(135))).toBe(3);
  });

  it("names the field for every kind of bad contact input", () => {
    expect(fail(createContactBody, {})).toMatchObject({ field: "first_name" });
    expect(fail(createContactBody, { first_name: 5 })).toMatchObject({ field: "first_name", message: "first_name must be a string." });
    expect(fail(createContactBody, { first_name: "a\u0000b" })).toMatchObject({ field: "first_name" });
    expect(fail(createContactBody, { first_name: "a\ud800b" })).toMatchObject({ field: "first_name" });
    expect(fail(createContactBody, { first_name: "x".repeat(101) })).toMatchObject({ field: "first_name" });
    expect(fail(createContactBody, { first_name: "A", level: "Gold" })).toMatchObject({ field: "level" });
    expect(fail(createContactBody, { first_name: "A", phone_number: "91234567" })).toMatchObject({ field: "phone_number" });
    expect(fail(createContactBody, { first_name: "A", email_address: "nope" })).toMatchObject({ field: "email_address" });
    expect(fail(createContactBody, { first_name: "A", language: "xx" })).toMatchObject({ field: "language" });
    expect(fail(createContactBody, { first_name: "A", birth_date: "1990-02-30" })).toMatchObject({ field: "birth_date" });
    expect(fail(createContactBody, { first_name: "A", custom_1: "x" })).toMatchObject({ field: "custom_1" });
    expect(createContactBody.parse({ last_name: "陳", language: "zh", birth_date: "2000-02-29" })).toMatchObject({ last_name: "陳" });
    expect(fail(updateContactBody, {})).toMatchObject({ code: "invalid_input" });
    expect(fail(findContactsQuery, { fullName: "a", email: "a@b.co" })).toMatchObject({ field: "fullName" });
  });

  it("SMS text keeps line breaks, refuses other controls, and 1,600 characters at most", () => {
    const ok = { sender_number: "+85230001234", recipient_number: "+85291234567", text: "line 1\nline 2" };
    expect(sendSmsBody.parse(ok)).toMatchObject(ok);
    expect(fail(sendSmsBody, { ...ok, text: "a\u0007" })).toMatchObject({ field: "text" });
    expect(fail(sendSmsBody, { ...ok, text: "" })).toMatchObject({ field: "text" });
    expect(fail(sendSmsBody, { ...ok, text: "a".repeat(1601) })).toMatchObject({ field: "text" });
    expect(sendSmsBody.parse({ ...ok, text: "😀".repeat(1600) }).text).toHaveLength(3200);
    expect(fail(sendSmsBody, { ...ok, recipient_number: undefined })).toMatchObject({ field: "recipient_number", message: "recipient_number is required." });
  });
});

describe("the actions contract", () => {
  it("the contact fields are CONTACT_INPUT_KEYS in order, and every sample has its action's output keys", async () => {
    const { ACTIONS, CONTACT_FIELDS, CONTACT_INPUT_KEYS } = await import("@/contract/actions");
    expect(CONTACT_FIELDS.map((f) => f.key)).toEqual([...CONTACT_INPUT_KEYS]);
    for (const action of Object.values(ACTIONS)) expect(Object.keys(action.sample).sort(), action.name).toEqual([...action.outputKeys].sort());
  });
});
