import { workspace } from "@/lib/workspace";
import { staffMessageSchema, type SendStaffMessageInput } from "@/lib/workspace/schemas";
import { answer, callerOf, type ActionContext } from "./context";
import { withIdempotency } from "./idempotency";

/** POST /staff-messages { staff_id, text } → 201 { message: { id, staff_id, text, sentAt } }. */
export function sendStaffMessage(ctx: ActionContext<SendStaffMessageInput>) {
  return withIdempotency(ctx, async () => {
    const message = await workspace().sendStaffMessage(callerOf(ctx), ctx.body);
    ctx.record({ touched: [message.id, message.staff_id] });
    return answer(201, "message", staffMessageSchema, message);
  });
}
