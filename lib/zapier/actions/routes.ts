import type { z } from "zod";
import type { ActionName } from "@/contract/actions";
import { createContactBody, sendRoomMessageBody, sendSmsBody, sendStaffMessageBody, updateContactBody } from "@/lib/workspace/schemas";
import { withAppAuth } from "@/lib/zapier-api/handler";
import type { Route } from "@/lib/zapier-api/routes";
import type { ActionContext } from "./context";
import { createContact } from "./create-contact";
import { findContact } from "./find-contact";
import { findEnquiry } from "./find-enquiry";
import { findNumbers } from "./find-numbers";
import { listNumberTypes } from "./list-number-types";
import { listRooms } from "./list-rooms";
import { listStaff } from "./list-staff";
import { sendSms } from "./send-sms";
import { sendRoomMessage } from "./send-room-message";
import { sendStaffMessage } from "./send-staff-message";
import { updateContact } from "./update-contact";

// The Base URL (BASE_PATH of lib/zapier-api/routes.ts, which imports this table: a value import would be a cycle).
const BASE = "/api/zapier/v1";

/** One action endpoint: withAppAuth does credentials, limits, the body schema and the request log. */
function action<S extends z.ZodType | undefined = undefined>(
  method: "GET" | "POST" | "PATCH",
  path: string,
  name: ActionName,
  handler: (ctx: ActionContext<S extends z.ZodType ? z.output<S> : undefined>) => Promise<Response>,
  body?: S,
): Route {
  return { method, path: `${BASE}${path}`, handler: withAppAuth({ action: name, body }, handler) };
}

/** The action endpoints (issue 10), registered by lib/zapier-api/routes.ts. */
export const ACTION_ROUTES: Route[] = [
  action("GET", "/enquiries", "find_enquiry", findEnquiry),
  action("POST", "/contacts", "create_contact", createContact, createContactBody),
  action("GET", "/contacts", "find_contact", findContact),
  action("PATCH", "/contacts/:contactId", "update_contact", updateContact, updateContactBody),
  action("GET", "/number-types", "list_number_types", listNumberTypes),
  action("GET", "/numbers", "find_numbers", findNumbers),
  action("POST", "/sms", "send_sms", sendSms, sendSmsBody),
  action("GET", "/staff", "list_staff", listStaff),
  action("POST", "/staff-messages", "send_staff_message", sendStaffMessage, sendStaffMessageBody),
  action("GET", "/rooms", "list_rooms", listRooms),
  action("POST", "/room-messages", "send_room_message", sendRoomMessage, sendRoomMessageBody),
];
