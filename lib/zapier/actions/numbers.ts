import { z } from "zod";
import { workspace } from "@/lib/workspace";
import { numberTypeSchema, numbersQuery, serviceNumberSchema } from "@/lib/workspace/schemas";
import { answer, callerOf, parseQuery, touchedIds, type ActionContext } from "./context";

/** GET /number-types → 200 { types: [{ id, name }] } (the Number Type dropdown). */
export async function listNumberTypes(ctx: ActionContext) {
  const types = await workspace().numberTypes(callerOf(ctx));
  return answer(200, "types", z.array(numberTypeSchema), types);
}

/** GET /numbers?type=… → 200 { numbers: [{ id, ServiceID, Number, type }] } (Find Numbers, and the Sender Number dropdown). */
export async function findNumbers(ctx: ActionContext) {
  const query = parseQuery(ctx.req, numbersQuery);
  const numbers = await workspace().numbers(callerOf(ctx), query);
  ctx.record({ touched: touchedIds(numbers) });
  return answer(200, "numbers", z.array(serviceNumberSchema), numbers);
}
