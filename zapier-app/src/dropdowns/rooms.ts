import type { Bundle, ZObject } from "zapier-platform-core";
import { ACTIONS } from "../../../contract/actions";
import { callAction, outputFields } from "../fields";

const action = ACTIONS.list_rooms;

/** Hidden trigger behind the Room dropdown. */
export const roomList = {
  key: "room_list",
  noun: action.noun,
  display: { label: "Rooms", description: "Lists the service's group rooms (for dropdowns).", hidden: true },
  operation: {
    perform: (z: ZObject, bundle: Bundle) => callAction<Record<string, unknown>[]>(z, bundle, action),
    sample: action.sample,
    outputFields: outputFields(action),
  },
};
