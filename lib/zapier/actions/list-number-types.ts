import { z } from "zod";
import { workspace } from "@/lib/workspace";
import { numberTypeSchema } from "@/lib/workspace/schemas";
import { answer, callerOf, type ActionContext } from "./context";

/** GET /number-types → 200 { types: [{ id, name }] } (the Number Type dropdown). */
export async function listNumberTypes(ctx: ActionContext) {
  const types = await workspace().numberTypes(callerOf(ctx));
  return answer(200, "types", z.array(numberTypeSchema), types);
}
