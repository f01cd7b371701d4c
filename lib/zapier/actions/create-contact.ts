import { workspace } from "@/lib/workspace";
import { createdContactSchema, type CreateContactInput } from "@/lib/workspace/schemas";
import { answer, callerOf, type ActionContext } from "./context";
import { withIdempotency } from "./idempotency";

/** POST /contacts → 201 { contact: CreatedContact }; contact.created is emitted with it. */
export function createContact(ctx: ActionContext<CreateContactInput>) {
  return withIdempotency(ctx, async () => {
    const contact = await workspace().createContact(callerOf(ctx), ctx.body);
    ctx.record({ touched: [contact.id] });
    return answer(201, "contact", createdContactSchema, contact);
  });
}
