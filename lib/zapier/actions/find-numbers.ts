import { z } from "zod";
import { workspace } from "@/lib/workspace";
import { numbersQuery, serviceNumberSchema } from "@/lib/workspace/schemas";
import { answer, callerOf, parseQuery, touchedIds, type ActionContext } from "./context";

/** GET /numbers?type=… → 200 { numbers: [{ id, ServiceID, Number, type }] } (Find Numbers, and the Sender Number dropdown). */
export async function findNumbers(ctx: ActionContext) {
  const query = parseQuery(ctx.req, numbersQuery);
  const numbers = await workspace().numbers(callerOf(ctx), query);
  ctx.record({ touched: touchedIds(numbers) });
  return answer(200, "numbers", z.array(serviceNumberSchema), numbers);
}
