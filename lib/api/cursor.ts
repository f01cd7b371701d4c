import { ApiError } from "./errors";

/** Keyset cursors on (createdAt, id), newest first: pages never skip or repeat. */
export function encodeCursor(createdAt: Date, id: string) {
  return Buffer.from(JSON.stringify([createdAt.toISOString(), id])).toString("base64url");
}

export function decodeCursor(cursor: string): { createdAt: Date; id: string } {
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as [unknown, unknown];
    // Only what encodeCursor writes: a four-digit-year time that round-trips to the same ISO string
    // (so never one outside what the database can store) and an id of the shape ids have.
    const createdAt = new Date(typeof at === "string" && /^\d{4}-/.test(at) ? at : Number.NaN);
    if (typeof id !== "string" || !/^[A-Za-z0-9_-]{1,64}$/.test(id) || Number.isNaN(createdAt.getTime()) || createdAt.toISOString() !== at) {
      throw new Error("bad cursor");
    }
    return { createdAt, id };
  } catch {
    throw new ApiError("invalid_input", "The cursor is not valid.", { field: "cursor" });
  }
}

/** The Prisma condition "older than the cursor" for a (createdAt desc, id desc) order. */
export function olderThan(after: { createdAt: Date; id: string } | null) {
  return after ? { OR: [{ createdAt: { lt: after.createdAt } }, { createdAt: after.createdAt, id: { lt: after.id } }] } : {};
}
