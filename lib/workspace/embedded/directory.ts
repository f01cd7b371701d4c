import crypto from "node:crypto";
import { ApiError } from "@/lib/api/errors";
import { prisma } from "@/lib/db";
import { ENQUIRY_KEYS } from "@/contract/actions";
import type { WorkspaceCaller } from "../port";
import type { Enquiry, FindEnquiriesQuery, NumberType, NumbersQuery, Room, RoomMessage, SendRoomMessageInput, SendStaffMessageInput, ServiceNumber, Staff, StaffMessage } from "../schemas";
import { numberTypeName } from "./number-types";

const newId = (prefix: string) => `${prefix}_${crypto.randomBytes(12).toString("base64url")}`;

export async function findEnquiries(caller: WorkspaceCaller, query: FindEnquiriesQuery): Promise<Enquiry[]> {
  const rows = await prisma.workspaceEnquiry.findMany({ where: { serviceId: caller.serviceId, displayCaseNumber: query.displayCaseNumber } });
  return rows.map((row) => {
    const details = row.details && typeof row.details === "object" && !Array.isArray(row.details) ? (row.details as Record<string, unknown>) : {};
    const base = Object.fromEntries(ENQUIRY_KEYS.map((k) => [k, details[k] ?? null]));
    return {
      ...base,
      id: row.id,
      _id: row.id,
      uniqueKey: details.uniqueKey ?? row.id,
      svcID: row.serviceId,
      displayCaseNumber: row.displayCaseNumber,
      status: row.status,
      createdAt: row.createdAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
    } as Enquiry;
  });
}

export async function numberTypes(caller: WorkspaceCaller): Promise<NumberType[]> {
  const rows = await prisma.workspaceNumber.findMany({ where: { serviceId: caller.serviceId }, distinct: ["type"], select: { type: true }, orderBy: { type: "asc" } });
  return rows.map((r) => ({ id: r.type, name: numberTypeName(r.type) }));
}

export async function numbers(caller: WorkspaceCaller, query: NumbersQuery): Promise<ServiceNumber[]> {
  const rows = await prisma.workspaceNumber.findMany({
    where: { serviceId: caller.serviceId, ...(query.type !== undefined ? { type: query.type } : {}) },
    orderBy: [{ type: "asc" }, { number: "asc" }],
  });
  return rows.map((r) => ({ id: r.id, ServiceID: r.serviceId, Number: r.number, type: r.type }));
}

export async function staff(caller: WorkspaceCaller): Promise<Staff[]> {
  return prisma.workspaceStaff.findMany({ where: { serviceId: caller.serviceId }, orderBy: [{ name: "asc" }, { id: "asc" }], select: { id: true, name: true, email: true, department: true } });
}

export async function rooms(caller: WorkspaceCaller): Promise<Room[]> {
  return prisma.workspaceRoom.findMany({ where: { serviceId: caller.serviceId }, orderBy: [{ name: "asc" }, { id: "asc" }], select: { id: true, name: true } });
}

// One round trip each: the message is inserted only when its staff member or room belongs to the service.
export async function sendStaffMessage(caller: WorkspaceCaller, input: SendStaffMessageInput): Promise<StaffMessage> {
  const sentAt = new Date();
  const rows = await prisma.$queryRaw<{ id: string }[]>`
    INSERT INTO "WorkspaceMessage" ("id", "serviceId", "staffId", "text", "sentAt")
    SELECT ${newId("msg")}, s."serviceId", s."id", ${input.text}, ${sentAt}
    FROM "WorkspaceStaff" s WHERE s."id" = ${input.staff_id} AND s."serviceId" = ${caller.serviceId}
    RETURNING "id"`;
  const row = rows[0];
  if (!row) throw new ApiError("not_found", "No staff member with this staff_id in your service.", { field: "staff_id" });
  return { id: row.id, staff_id: input.staff_id, text: input.text, sentAt: sentAt.toISOString() };
}

export async function sendRoomMessage(caller: WorkspaceCaller, input: SendRoomMessageInput): Promise<RoomMessage> {
  const sentAt = new Date();
  const rows = await prisma.$queryRaw<{ id: string }[]>`
    INSERT INTO "WorkspaceMessage" ("id", "serviceId", "roomId", "text", "sentAt")
    SELECT ${newId("msg")}, r."serviceId", r."id", ${input.text}, ${sentAt}
    FROM "WorkspaceRoom" r WHERE r."id" = ${input.room_id} AND r."serviceId" = ${caller.serviceId}
    RETURNING "id"`;
  const row = rows[0];
  if (!row) throw new ApiError("not_found", "No group room with this room_id in your service.", { field: "room_id" });
  return { id: row.id, room_id: input.room_id, text: input.text, sentAt: sentAt.toISOString() };
}
