import { workspace } from "@/lib/workspace";
import { roomMessageSchema, type SendRoomMessageInput } from "@/lib/workspace/schemas";
import { answer, callerOf, type ActionContext } from "./context";
import { withIdempotency } from "./idempotency";

/** POST /room-messages { room_id, text } → 201 { message: { id, room_id, text, sentAt } }. */
export function sendRoomMessage(ctx: ActionContext<SendRoomMessageInput>) {
  return withIdempotency(ctx, async () => {
    const message = await workspace().sendRoomMessage(callerOf(ctx), ctx.body);
    ctx.record({ touched: [message.id, message.room_id] });
    return answer(201, "message", roomMessageSchema, message);
  });
}
