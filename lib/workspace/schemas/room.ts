import { z } from "zod";
import { ACTIONS } from "@/contract/actions";
import { fieldSchema, isoDate } from "./text";

const [roomId, text] = ACTIONS.send_room_message.fields;

export const sendRoomMessageBody = z.strictObject({
  room_id: roomId ? fieldSchema(roomId) : z.never(),
  text: text ? fieldSchema(text) : z.never(),
});
export type SendRoomMessageInput = z.output<typeof sendRoomMessageBody>;

export const roomSchema = z.object({ id: z.string().min(1), name: z.string().min(1) });
export type Room = z.output<typeof roomSchema>;

export const roomMessageSchema = z.object({ id: z.string().min(1), room_id: z.string().min(1), text: z.string(), sentAt: isoDate });
export type RoomMessage = z.output<typeof roomMessageSchema>;
