import type { z } from "zod";
import type { ActionName } from "@/contract/actions";
import { createContactBody, sendRoomMessageBody, sendSmsBody, sendStaffMessageBody, updateContactBody } from "@/lib/workspace/schemas";
import type { ActionContext } from "./context";
import { createContact } from "./create-contact";
import { findContact } from "./find-contact";
import { findEnquiry } from "./find-enquiry";
import { findNumbers, listNumberTypes } from "./numbers";
import { listRooms, sendRoomMessage } from "./rooms";
import { sendSms } from "./send-sms";
import { listStaff, sendStaffMessage } from "./staff";
import { updateContact } from "./update-contact";

export interface ActionRoute {
  method: "GET" | "POST" | "PATCH";
  /** A Hono path under the Base URL. */
  path: string;
  action: ActionName;
  body?: z.ZodType;
  // The handler receives the Base URL context; its body is what `body` parsed.
  handler: (ctx: ActionContext<never>) => Promise<Response>;
}

const BASE = "/api/zapier/v1";

/** The action endpoints, for lib/zapier-api/routes.ts (each wrapped in withAppAuth({ action, body }, handler)). */
export const ACTION_ROUTES: ActionRoute[] = [
  { method: "GET", path: `${BASE}/enquiries`, action: "find_enquiry", handler: findEnquiry },
  { method: "POST", path: `${BASE}/contacts`, action: "create_contact", body: createContactBody, handler: createContact },
  { method: "GET", path: `${BASE}/contacts`, action: "find_contact", handler: findContact },
  { method: "PATCH", path: `${BASE}/contacts/:contactId`, action: "update_contact", body: updateContactBody, handler: updateContact },
  { method: "GET", path: `${BASE}/number-types`, action: "list_number_types", handler: listNumberTypes },
  { method: "GET", path: `${BASE}/numbers`, action: "find_numbers", handler: findNumbers },
  { method: "POST", path: `${BASE}/sms`, action: "send_sms", body: sendSmsBody, handler: sendSms },
  { method: "GET", path: `${BASE}/staff`, action: "list_staff", handler: listStaff },
  { method: "POST", path: `${BASE}/staff-messages`, action: "send_staff_message", body: sendStaffMessageBody, handler: sendStaffMessage },
  { method: "GET", path: `${BASE}/rooms`, action: "list_rooms", handler: listRooms },
  { method: "POST", path: `${BASE}/room-messages`, action: "send_room_message", body: sendRoomMessageBody, handler: sendRoomMessage },
];
