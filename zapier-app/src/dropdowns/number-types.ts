import type { Bundle, ZObject } from "zapier-platform-core";
import { ACTIONS } from "../../../contract/actions";
import { callAction } from "../fields";

const action = ACTIONS.list_number_types;

/** Hidden trigger behind the Number Type dropdowns. */
export const numberTypeList = {
  key: "number_type_list",
  noun: action.noun,
  display: { label: "Number Types", description: "Lists the number types of the service (for dropdowns).", hidden: true },
  operation: {
    perform: (z: ZObject, bundle: Bundle) => callAction<{ id: string; name: string }[]>(z, bundle, action),
    sample: action.sample,
    outputFields: [{ key: "id", label: "ID" }, { key: "name", label: "Name" }],
  },
};
