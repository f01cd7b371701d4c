import { zodToApiError } from "@/lib/api/body";
import { ApiError } from "@/lib/api/errors";
import { workspace } from "@/lib/workspace";
import { contactIdParam, updatedContactSchema, type UpdateContactInput } from "@/lib/workspace/schemas";
import { answer, callerOf, type ActionContext } from "./context";
import { withIdempotency } from "./idempotency";

/** PATCH /contacts/{contactId} → 200 { contact: UpdatedContact }: only the fields sent change; contact.updated is emitted. */
export function updateContact(ctx: ActionContext<UpdateContactInput>) {
  const id = contactIdParam.safeParse(ctx.params.contactId);
  if (!id.success) {
    const error = zodToApiError(id.error);
    return Promise.reject(new ApiError("not_found", "No contact with this contactId in your service.", { field: error.field ?? "contactId" }));
  }
  return withIdempotency(ctx, async () => {
    const contact = await workspace().updateContact(callerOf(ctx), id.data, ctx.body);
    ctx.record({ touched: [contact.id] });
    return answer(200, "contact", updatedContactSchema, contact);
  });
}
