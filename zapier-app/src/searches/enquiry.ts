import type { Bundle, ZObject } from "zapier-platform-core";
import { ACTIONS } from "../../../contract/actions";
import { bodyOf, callAction, inputField, outputFields } from "../fields";

const action = ACTIONS.find_enquiry;

/** Find Enquiry by Display Case Number: the match, or nothing (not an error). */
export const findEnquiry = {
  key: action.name,
  noun: action.noun,
  display: { label: action.label, description: action.description },
  operation: {
    inputFields: action.fields.map((f) => inputField(f)),
    perform: (z: ZObject, bundle: Bundle) => callAction<Record<string, unknown>[]>(z, bundle, action, { params: bodyOf(bundle, ["displayCaseNumber"]) }),
    sample: action.sample,
    outputFields: outputFields(action),
  },
};
