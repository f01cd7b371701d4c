import type { Bundle, ZObject } from "zapier-platform-core";
import { ACTIONS } from "../../../contract/actions";
import { callAction, outputFields } from "../fields";

const action = ACTIONS.list_staff;

/** Hidden trigger behind the Staff dropdown. */
export const staffList = {
  key: "staff_list",
  noun: action.noun,
  display: { label: "Staff", description: "Lists the service's staff members (for dropdowns).", hidden: true },
  operation: {
    perform: (z: ZObject, bundle: Bundle) => callAction<Record<string, unknown>[]>(z, bundle, action),
    sample: action.sample,
    outputFields: outputFields(action),
  },
};
