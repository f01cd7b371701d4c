import { ApiError, methodNotAllowed } from "@/lib/api/errors";
import { isEventName } from "@/lib/events/catalog";
import { samplePayloads } from "@/lib/events/service";
import { withAppAuth } from "@/lib/zapier-api/handler";

export const GET = withAppAuth({}, async ({ principal, params }) => {
  if (!isEventName(params.event)) throw new ApiError("not_found", "No such event.");
  return Response.json(await samplePayloads(principal.serviceId, params.event));
});

const notAllowed = methodNotAllowed("GET");
export { notAllowed as POST, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
