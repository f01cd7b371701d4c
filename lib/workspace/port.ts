import type {
  Contact,
  CreateContactInput,
  CreatedContact,
  Enquiry,
  FindContactsQuery,
  FindEnquiriesQuery,
  NumberType,
  NumbersQuery,
  Room,
  RoomMessage,
  SendRoomMessageInput,
  SendSmsInput,
  SendStaffMessageInput,
  ServiceNumber,
  Sms,
  Staff,
  StaffMessage,
  UpdateContactInput,
  UpdatedContact,
} from "./schemas";

/** Who acts: the Zapier account's service (the tenant) and the account itself. */
export interface WorkspaceCaller {
  serviceId: string;
  accountId: string;
}

/**
 * The CINNOX workspace the actions work on, one interface with two adapters: embedded (tables in
 * this database, lib/workspace/embedded) and platform (forwarded to the contact-centre platform,
 * lib/workspace/platform). Failures are ApiErrors: not_found (an unknown id, or another
 * service's), invalid_input (with field), rate_limited, platform_unavailable.
 */
export interface WorkspacePort {
  readonly mode: "embedded" | "platform";
  findEnquiries(caller: WorkspaceCaller, query: FindEnquiriesQuery): Promise<Enquiry[]>;
  createContact(caller: WorkspaceCaller, input: CreateContactInput): Promise<CreatedContact>;
  findContacts(caller: WorkspaceCaller, query: FindContactsQuery): Promise<Contact[]>;
  updateContact(caller: WorkspaceCaller, contactId: string, input: UpdateContactInput): Promise<UpdatedContact>;
  numberTypes(caller: WorkspaceCaller): Promise<NumberType[]>;
  numbers(caller: WorkspaceCaller, query: NumbersQuery): Promise<ServiceNumber[]>;
  sendSms(caller: WorkspaceCaller, input: SendSmsInput): Promise<Sms>;
  staff(caller: WorkspaceCaller): Promise<Staff[]>;
  sendStaffMessage(caller: WorkspaceCaller, input: SendStaffMessageInput): Promise<StaffMessage>;
  rooms(caller: WorkspaceCaller): Promise<Room[]>;
  sendRoomMessage(caller: WorkspaceCaller, input: SendRoomMessageInput): Promise<RoomMessage>;
}

/** The most contacts a find answers. */
export const MAX_CONTACTS = 25;
