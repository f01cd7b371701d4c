import { workspace } from "@/lib/workspace";
import { smsSchema, type SendSmsInput } from "@/lib/workspace/schemas";
import { answer, callerOf, type ActionContext } from "./context";
import { withIdempotency } from "./idempotency";

/** POST /sms → 201 { sms } (Submitted); the carrier's outcome follows as an sms.status event. */
export function sendSms(ctx: ActionContext<SendSmsInput>) {
  return withIdempotency(ctx, async () => {
    const sms = await workspace().sendSms(callerOf(ctx), ctx.body);
    ctx.record({ touched: [sms.id] });
    return answer(201, "sms", smsSchema, sms);
  });
}
