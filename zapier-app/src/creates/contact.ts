import type { Bundle, ZObject } from "zapier-platform-core";
import { ACTIONS, CONTACT_INPUT_KEYS } from "../../../contract/actions";
import { bodyOf, callAction, idempotencyField, inputField, outputFields } from "../fields";

const create = ACTIONS.create_contact;
const update = ACTIONS.update_contact;

/** Create External Contact. Custom fields are not supported. */
export const createContact = {
  key: create.name,
  noun: create.noun,
  display: { label: create.label, description: create.description },
  operation: {
    inputFields: [...create.fields.map((f) => inputField(f)), idempotencyField],
    perform: (z: ZObject, bundle: Bundle) => callAction<Record<string, unknown>>(z, bundle, create, { body: bodyOf(bundle, CONTACT_INPUT_KEYS) }),
    sample: create.sample,
    outputFields: outputFields(create),
  },
};

/** Update External Contact: only the fields filled in change. */
export const updateContact = {
  key: update.name,
  noun: update.noun,
  display: { label: update.label, description: update.description },
  operation: {
    inputFields: [
      { key: "contact_id", label: "Contact", helpText: "The external contact to update.", required: true, type: "string" as const, dynamic: "contact_list.id.name", search: "find_contact.id" },
      ...update.fields.map((f) => inputField(f)),
      idempotencyField,
    ],
    perform: (z: ZObject, bundle: Bundle) =>
      callAction<Record<string, unknown>>(z, bundle, update, {
        path: `/contacts/${encodeURIComponent(String(bundle.inputData.contact_id ?? ""))}`,
        body: bodyOf(bundle, CONTACT_INPUT_KEYS),
      }),
    sample: update.sample,
    outputFields: outputFields(update),
  },
};
