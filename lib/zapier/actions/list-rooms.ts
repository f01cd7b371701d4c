import { z } from "zod";
import { workspace } from "@/lib/workspace";
import { roomSchema } from "@/lib/workspace/schemas";
import { answer, callerOf, type ActionContext } from "./context";

/** GET /rooms → 200 { rooms: [{ id, name }] } (the Room dropdown). */
export async function listRooms(ctx: ActionContext) {
  const rooms = await workspace().rooms(callerOf(ctx));
  return answer(200, "rooms", z.array(roomSchema), rooms);
}
