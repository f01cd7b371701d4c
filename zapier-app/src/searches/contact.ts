import type { Bundle, ZObject } from "zapier-platform-core";
import { ACTIONS } from "../../../contract/actions";
import { bodyOf, callAction, inputField, outputFields } from "../fields";

const action = ACTIONS.find_contact;

/** Find External Contact by Full Name, Email or Phone: the exact full name first; nothing (not an error) when none matches. */
export const findContact = {
  key: action.name,
  noun: action.noun,
  display: { label: action.label, description: action.description },
  operation: {
    inputFields: action.fields.map((f) => inputField(f)),
    perform: async (z: ZObject, bundle: Bundle) => {
      const params = bodyOf(bundle, ["fullName", "email", "phone"]);
      if (Object.keys(params).length === 0) throw new z.errors.Error("Fill in one of Full Name, Email or Phone.", "invalid_input", 422);
      return callAction<Record<string, unknown>[]>(z, bundle, action, { params });
    },
    sample: action.sample,
    outputFields: outputFields(action),
  },
};
