import { z } from "zod";
import { workspace } from "@/lib/workspace";
import { staffSchema } from "@/lib/workspace/schemas";
import { answer, callerOf, type ActionContext } from "./context";

/** GET /staff → 200 { staff: [{ id, name, email, department }] } (the Staff dropdown). */
export async function listStaff(ctx: ActionContext) {
  const staff = await workspace().staff(callerOf(ctx));
  return answer(200, "staff", z.array(staffSchema), staff);
}
