import { z } from "zod";
import { workspace } from "@/lib/workspace";
import { staffMessageSchema, staffSchema, type SendStaffMessageInput } from "@/lib/workspace/schemas";
import { answer, callerOf, type ActionContext } from "./context";
import { withIdempotency } from "./idempotency";

/** GET /staff → 200 { staff: [{ id, name, email, department }] } (the Staff dropdown). */
export async function listStaff(ctx: ActionContext) {
  const staff = await workspace().staff(callerOf(ctx));
  return answer(200, "staff", z.array(staffSchema), staff);
}

/** POST /staff-messages { staff_id, text } → 201 { message: { id, staff_id, text, sentAt } }. */
export function sendStaffMessage(ctx: ActionContext<SendStaffMessageInput>) {
  return withIdempotency(ctx, async () => {
    const message = await workspace().sendStaffMessage(callerOf(ctx), ctx.body);
    ctx.record({ touched: [message.id, message.staff_id] });
    return answer(201, "message", staffMessageSchema, message);
  });
}
