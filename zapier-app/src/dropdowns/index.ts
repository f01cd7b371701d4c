import { contactList } from "./contacts";
import { numberTypeList } from "./number-types";
import { roomList } from "./rooms";
import { senderNumberList } from "./sender-numbers";
import { staffList } from "./staff";

/** Hidden triggers: the dynamic dropdowns of the actions (nobody types an internal id). */
export const dropdowns = Object.fromEntries([numberTypeList, senderNumberList, staffList, roomList, contactList].map((t) => [t.key, t]));
