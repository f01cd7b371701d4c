import type { Bundle, ZObject } from "zapier-platform-core";
import { ACTIONS } from "../../../contract/actions";
import { bodyOf, callAction, idempotencyField, inputField, outputFields } from "../fields";

const action = ACTIONS.send_sms;

/** Send SMS from one of the service's numbers; the carrier's outcome arrives later as SMS Status Updated. */
export const sendSms = {
  key: action.name,
  noun: action.noun,
  display: { label: action.label, description: action.description },
  operation: {
    inputFields: [...action.fields.map((f) => inputField(f, { altersDynamicFields: f.key === "number_type" })), idempotencyField],
    perform: (z: ZObject, bundle: Bundle) => callAction<Record<string, unknown>>(z, bundle, action, { body: bodyOf(bundle, action.fields.map((f) => f.key)) }),
    sample: action.sample,
    outputFields: outputFields(action),
  },
};
