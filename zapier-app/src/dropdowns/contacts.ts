import type { Bundle, ZObject } from "zapier-platform-core";
import { ACTIONS } from "../../../contract/actions";
import { callAction } from "../fields";

const action = ACTIONS.find_contact;
type Contact = { id: string; firstName: string | null; lastName: string | null; email: string | null; mobilePhone: string | null };

/** Hidden trigger behind Contact in Update External Contact: the service's contacts, labelled by name and email. */
export const contactList = {
  key: "contact_list",
  noun: "Contact",
  display: { label: "Contacts", description: "Lists the service's external contacts (for dropdowns).", hidden: true },
  operation: {
    perform: async (z: ZObject, bundle: Bundle) => {
      const contacts = await callAction<Contact[]>(z, bundle, action);
      return contacts.map((c) => {
        const name = [c.firstName, c.lastName].filter(Boolean).join(" ");
        const detail = c.email ?? c.mobilePhone;
        return { id: c.id, name: detail ? `${name} (${detail})` : name };
      });
    },
    sample: { id: "ctc_sample", name: "Tai Man Chan (chan.taiman@example.com)" },
    outputFields: [{ key: "id", label: "ID" }, { key: "name", label: "Name" }],
  },
};
