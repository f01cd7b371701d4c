import { z } from "zod";
import { workspace } from "@/lib/workspace";
import { contactSchema, findContactsQuery } from "@/lib/workspace/schemas";
import { answer, callerOf, parseQuery, touchedIds, type ActionContext } from "./context";

/** GET /contacts?fullName=… | email=… | phone=… → 200 { contacts: [Contact] }, at most 25; none given lists the service's contacts. */
export async function findContact(ctx: ActionContext) {
  const query = parseQuery(ctx.req, findContactsQuery);
  const contacts = await workspace().findContacts(callerOf(ctx), query);
  ctx.record({ touched: touchedIds(contacts) });
  return answer(200, "contacts", z.array(contactSchema), contacts);
}
