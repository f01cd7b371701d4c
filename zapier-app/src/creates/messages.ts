import type { Bundle, ZObject } from "zapier-platform-core";
import { ACTIONS, type ActionDef } from "../../../contract/actions";
import { bodyOf, callAction, idempotencyField, inputField, outputFields } from "../fields";

function messageCreate(action: ActionDef) {
  return {
    key: action.name,
    noun: action.noun,
    display: { label: action.label, description: action.description },
    operation: {
      inputFields: [...action.fields.map((f) => inputField(f)), idempotencyField],
      perform: (z: ZObject, bundle: Bundle) => callAction<Record<string, unknown>>(z, bundle, action, { body: bodyOf(bundle, action.fields.map((f) => f.key)) }),
      sample: action.sample,
      outputFields: outputFields(action),
    },
  };
}

/** Send IM to Staff. */
export const sendStaffMessage = messageCreate(ACTIONS.send_staff_message);
/** Send IM to Group Room. */
export const sendRoomMessage = messageCreate(ACTIONS.send_room_message);
