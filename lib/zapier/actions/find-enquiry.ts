import { z } from "zod";
import { workspace } from "@/lib/workspace";
import { enquirySchema, findEnquiriesQuery } from "@/lib/workspace/schemas";
import { answer, callerOf, parseQuery, touchedIds, type ActionContext } from "./context";

/** GET /enquiries?displayCaseNumber=… → 200 { enquiries: [Enquiry] } (the match, or []). */
export async function findEnquiry(ctx: ActionContext) {
  const query = parseQuery(ctx.req, findEnquiriesQuery);
  const enquiries = await workspace().findEnquiries(callerOf(ctx), query);
  ctx.record({ touched: touchedIds(enquiries) });
  return answer(200, "enquiries", z.array(enquirySchema), enquiries);
}
