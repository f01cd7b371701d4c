import { withSession } from "@/lib/api/handler";
import { methodNotAllowed } from "@/lib/api/errors";
import { createEnquiry } from "@/lib/workspace/embedded/sandbox";

export const POST = withSession({ role: "ADMIN" }, async ({ actor }) => Response.json(await createEnquiry(actor.serviceId), { status: 201 }));

const notAllowed = methodNotAllowed("POST");
export { notAllowed as GET, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
