import { zodToApiError } from "@/lib/api/body";
import { withSession } from "@/lib/api/handler";
import { methodNotAllowed } from "@/lib/api/errors";
import { listAccountRequests, requestLogQuerySchema } from "@/lib/zapier-api/request-log-view";

export const GET = withSession({ role: "STAFF" }, async ({ actor, params, req }) => {
  const query = requestLogQuerySchema.safeParse(Object.fromEntries(new URL(req.url).searchParams));
  if (!query.success) throw zodToApiError(query.error);
  return Response.json(await listAccountRequests(actor.serviceId, params.id ?? "", query.data));
});

const notAllowed = methodNotAllowed("GET");
export { notAllowed as POST, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
