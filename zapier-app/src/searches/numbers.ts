import type { Bundle, ZObject } from "zapier-platform-core";
import { ACTIONS } from "../../../contract/actions";
import { bodyOf, callAction, inputField, outputFields } from "../fields";

const action = ACTIONS.find_numbers;
type ServiceNumber = { id: string; ServiceID: string; Number: string; type: string };

/** Find Numbers of a Number Type: one result whose `numbers` are the matching numbers as line items; nothing when none. */
export const findNumbers = {
  key: action.name,
  noun: action.noun,
  display: { label: action.label, description: action.description },
  operation: {
    inputFields: action.fields.map((f) => inputField(f)),
    perform: async (z: ZObject, bundle: Bundle) => {
      const params = bodyOf(bundle, ["type"]);
      const numbers = await callAction<ServiceNumber[]>(z, bundle, action, { params });
      if (numbers.length === 0) return [];
      return [{ id: params.type ?? "all", type: params.type ?? null, count: numbers.length, numbers }];
    },
    sample: { id: "mobile", type: "mobile", count: 1, numbers: [action.sample] },
    outputFields: [
      { key: "id", label: "ID" },
      { key: "type", label: "Number Type" },
      { key: "count", label: "Count", type: "integer" as const },
      ...outputFields(action).map((f) => ({ ...f, key: `numbers[]${f.key}` })),
    ],
  },
};
