import crypto from "node:crypto";
import { ApiError } from "@/lib/api/errors";
import { prisma } from "@/lib/db";
import { workspaceConfig } from "../config";
import type { WorkspaceCaller } from "../port";
import { smsSegments, type SendSmsInput, type Sms } from "../schemas";
import { wakeSandboxCarrier } from "./carrier";

let delay: number | undefined;
const carrierDelayMs = () => (delay ??= workspaceConfig().carrierDelayMs);

/**
 * Hands the SMS to the sandbox carrier: stored as Submitted with the time its outcome is due,
 * in one statement that also checks the sender is one of the service's numbers (of number_type
 * when given). The carrier reports it later as an sms.status event.
 */
export async function sendSms(caller: WorkspaceCaller, input: SendSmsInput): Promise<Sms> {
  const id = `sms_${crypto.randomBytes(12).toString("base64url")}`;
  const transactionId = `txn_${crypto.randomBytes(12).toString("base64url")}`;
  const segments = smsSegments(input.text);
  const now = new Date();
  const dueAt = new Date(now.getTime() + carrierDelayMs());
  const type = input.number_type ?? null;
  const inserted = await prisma.$executeRaw`
    INSERT INTO "WorkspaceSms" ("id", "serviceId", "transactionId", "senderNumber", "recipientNumber", "text", "segments", "status", "responseCode", "reportDueAt", "createdAt")
    SELECT ${id}, n."serviceId", ${transactionId}, n."number", ${input.recipient_number}, ${input.text}, ${segments}, 'Submitted', 0, ${dueAt}, ${now}
    FROM "WorkspaceNumber" n
    WHERE n."serviceId" = ${caller.serviceId} AND n."number" = ${input.sender_number} AND (${type}::text IS NULL OR n."type" = ${type}::text)`;
  if (inserted === 0) {
    // Only on the way out: why it was refused.
    const number = await prisma.workspaceNumber.findUnique({ where: { serviceId_number: { serviceId: caller.serviceId, number: input.sender_number } }, select: { type: true } });
    if (!number) throw new ApiError("not_found", "sender_number is not one of your service's numbers.", { field: "sender_number" });
    throw new ApiError("invalid_input", `sender_number is not a number of type ${type}.`, { field: "sender_number" });
  }
  wakeSandboxCarrier(dueAt);
  return {
    id,
    transactionId,
    responseCode: 0,
    exception: null,
    status: "Submitted",
    segments,
    senderNumber: input.sender_number,
    recipientNumber: input.recipient_number,
    text: input.text,
  };
}
