import type { Bundle, ZObject } from "zapier-platform-core";
import { ACTIONS } from "../../../contract/actions";
import { callAction } from "../fields";

const action = ACTIONS.find_numbers;
type ServiceNumber = { id: string; ServiceID: string; Number: string; type: string };

/** Hidden trigger behind Sender Number: the service's numbers, of the Number Type chosen in the step (if any). */
export const senderNumberList = {
  key: "sender_number_list",
  noun: "Sender Number",
  display: { label: "Sender Numbers", description: "Lists the service's numbers, of one type when chosen (for dropdowns).", hidden: true },
  operation: {
    perform: async (z: ZObject, bundle: Bundle) => {
      const type = String(bundle.inputData.number_type ?? "").trim();
      const numbers = await callAction<ServiceNumber[]>(z, bundle, action, { params: type ? { type } : {} });
      // The dropdown's value is the number itself: that is what Send SMS sends as sender_number.
      return numbers.map((n) => ({ id: n.Number, label: `${n.Number} (${n.type})`, numberId: n.id, type: n.type }));
    },
    sample: { id: "+85230001234", label: "+85230001234 (mobile)", numberId: "num_sample", type: "mobile" },
    outputFields: [{ key: "id", label: "Number" }, { key: "label", label: "Label" }, { key: "numberId", label: "Number ID" }, { key: "type", label: "Type" }],
  },
};
