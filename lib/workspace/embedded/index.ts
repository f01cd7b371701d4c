import type { WorkspacePort } from "../port";
import { createContact, findContacts, updateContact } from "./contacts";
import { findEnquiries, numbers, numberTypes, rooms, sendRoomMessage, sendStaffMessage, staff } from "./directory";
import { sendSms } from "./sms";

/** The embedded workspace: the service's CINNOX objects in this database. */
export const embeddedWorkspace: WorkspacePort = {
  mode: "embedded",
  findEnquiries,
  createContact,
  findContacts,
  updateContact,
  numberTypes,
  numbers,
  sendSms,
  staff,
  sendStaffMessage,
  rooms,
  sendRoomMessage,
};
