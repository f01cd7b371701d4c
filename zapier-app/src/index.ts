import { version as platformVersion } from "zapier-platform-core";
import { authentication } from "./authentication";
import { addAuthHeaders, handleErrors } from "./middleware";
import { createContact, updateContact } from "./creates/contact";
import { sendRoomMessage, sendStaffMessage } from "./creates/messages";
import { sendSms } from "./creates/sms";
import { dropdowns } from "./dropdowns";
import { findContact } from "./searches/contact";
import { findEnquiry } from "./searches/enquiry";
import { findNumbers } from "./searches/numbers";
import { triggers } from "./triggers";

const byKey = <T extends { key: string }>(items: T[]) => Object.fromEntries(items.map((item) => [item.key, item]));

/** The CINNOX app for Zapier. */
const App = {
  version: "1.0.0",
  platformVersion,
  authentication,
  beforeRequest: [addAuthHeaders],
  afterResponse: [handleErrors],
  // 429 reaches afterResponse, which raises ThrottledError with our Retry-After and message.
  flags: { throwForThrottlingEarly: false },
  triggers: { ...triggers, ...dropdowns },
  searches: byKey([findEnquiry, findContact, findNumbers]),
  creates: byKey([createContact, updateContact, sendSms, sendStaffMessage, sendRoomMessage]),
  searchOrCreates: {
    [findContact.key]: {
      key: findContact.key,
      display: { label: "Find or Create External Contact", description: "Finds an external contact, or creates one when none matches." },
      search: findContact.key,
      create: createContact.key,
    },
  },
};

export default App;
