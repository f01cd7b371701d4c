import { z } from "zod";
import type { WorkspacePort } from "../port";
import {
  contactSchema,
  createdContactSchema,
  enquirySchema,
  numberTypeSchema,
  roomMessageSchema,
  roomSchema,
  serviceNumberSchema,
  smsSchema,
  staffMessageSchema,
  staffSchema,
  updatedContactSchema,
} from "../schemas";
import { forwardAction } from "./client";

/**
 * The platform workspace: every action forwarded to the contact-centre platform, its answer
 * checked against the action's output schema. Events come back through POST /api/internal/events.
 */
export const platformWorkspace: WorkspacePort = {
  mode: "platform",
  findEnquiries: (caller, query) => forwardAction("find_enquiry", caller, query, "enquiries", z.array(enquirySchema)),
  createContact: (caller, input) => forwardAction("create_contact", caller, input, "contact", createdContactSchema),
  findContacts: (caller, query) => forwardAction("find_contact", caller, query, "contacts", z.array(contactSchema).max(25)),
  updateContact: (caller, contactId, input) => forwardAction("update_contact", caller, { contact_id: contactId, ...input }, "contact", updatedContactSchema),
  numberTypes: (caller) => forwardAction("list_number_types", caller, {}, "types", z.array(numberTypeSchema)),
  numbers: (caller, query) => forwardAction("find_numbers", caller, query, "numbers", z.array(serviceNumberSchema)),
  sendSms: (caller, input) => forwardAction("send_sms", caller, input, "sms", smsSchema),
  staff: (caller) => forwardAction("list_staff", caller, {}, "staff", z.array(staffSchema)),
  sendStaffMessage: (caller, input) => forwardAction("send_staff_message", caller, input, "message", staffMessageSchema),
  rooms: (caller) => forwardAction("list_rooms", caller, {}, "rooms", z.array(roomSchema)),
  sendRoomMessage: (caller, input) => forwardAction("send_room_message", caller, input, "message", roomMessageSchema),
};
