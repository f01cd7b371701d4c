import { z } from "zod";
import { workspace } from "@/lib/workspace";
import { roomMessageSchema, roomSchema, type SendRoomMessageInput } from "@/lib/workspace/schemas";
import { answer, callerOf, type ActionContext } from "./context";
import { withIdempotency } from "./idempotency";

/** GET /rooms → 200 { rooms: [{ id, name }] } (the Room dropdown). */
export async function listRooms(ctx: ActionContext) {
  const rooms = await workspace().rooms(callerOf(ctx));
  return answer(200, "rooms", z.array(roomSchema), rooms);
}

/** POST /room-messages { room_id, text } → 201 { message: { id, room_id, text, sentAt } }. */
export function sendRoomMessage(ctx: ActionContext<SendRoomMessageInput>) {
  return withIdempotency(ctx, async () => {
    const message = await workspace().sendRoomMessage(callerOf(ctx), ctx.body);
    ctx.record({ touched: [message.id, message.room_id] });
    return answer(201, "message", roomMessageSchema, message);
  });
}
