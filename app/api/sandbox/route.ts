import { withSession } from "@/lib/api/handler";
import { methodNotAllowed } from "@/lib/api/errors";
import { ensureSandbox, sandboxView } from "@/lib/workspace/embedded/sandbox";

export const GET = withSession({ role: "ADMIN" }, async ({ actor }) => {
  await ensureSandbox(actor.serviceId, actor.serviceName);
  return Response.json(await sandboxView(actor.serviceId));
});

const notAllowed = methodNotAllowed("GET");
export { notAllowed as POST, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
