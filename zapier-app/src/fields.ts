import type { Bundle, ZObject } from "zapier-platform-core";
import { IDEMPOTENCY_FIELD, type ActionDef, type ActionField } from "../../contract/actions";
import { baseUrl } from "./middleware";

/** A contract field as a Zapier input field. */
export function inputField(field: ActionField, overrides: { required?: boolean; altersDynamicFields?: boolean } = {}) {
  return {
    key: field.key,
    label: field.label,
    helpText: field.helpText,
    required: overrides.required ?? field.required ?? false,
    type: field.format === "multiline" ? ("text" as const) : ("string" as const),
    ...(field.choices ? { choices: [...field.choices] } : {}),
    ...(field.dynamic ? { dynamic: field.dynamic } : {}),
    ...(overrides.altersDynamicFields ? { altersDynamicFields: true } : {}),
  };
}

export const idempotencyField = inputField(IDEMPOTENCY_FIELD);

const outputLabel = (key: string) =>
  key === "id" ? "ID" : key.replace(/^_/, "").replace(/_/g, " ").replace(/([a-z])([A-Z])/g, "$1 $2").replace(/\b\w/g, (c) => c.toUpperCase());

/** outputFields of an action: every key of its answer, labelled. */
export const outputFields = (action: ActionDef, keys: readonly string[] = action.outputKeys) => keys.map((key) => ({ key, label: outputLabel(key) }));

/** The fields the user filled in (Zapier sends unmapped ones empty), without the Idempotency key, which is a header. */
export function bodyOf(bundle: Bundle, keys: readonly string[]): Record<string, string> {
  const body: Record<string, string> = {};
  for (const key of keys) {
    const value = bundle.inputData[key];
    if (value === undefined || value === null) continue;
    const text = String(value);
    if (text.trim() !== "") body[key] = text;
  }
  return body;
}

/** Idempotency-Key from the optional field: Zapier may replay a step, and CINNOX then answers the first result again. */
export function idempotencyHeaders(bundle: Bundle): Record<string, string> {
  const key = String(bundle.inputData[IDEMPOTENCY_FIELD.key] ?? "").trim();
  return key ? { "Idempotency-Key": key } : {};
}

/** One action's call to the Base URL. */
export async function callAction<T>(z: ZObject, bundle: Bundle, action: ActionDef, options: { path?: string; body?: Record<string, string>; params?: Record<string, string> } = {}) {
  const response = await z.request({
    url: `${baseUrl(bundle)}${options.path ?? action.path}`,
    method: action.method,
    ...(options.params ? { params: options.params } : {}),
    ...(action.method === "GET" ? {} : { body: options.body ?? {}, headers: { "Content-Type": "application/json", ...idempotencyHeaders(bundle) } }),
  });
  return (response.data as Record<string, T>)[action.resultKey] as T;
}
