import { withAppAuth } from "@/lib/zapier-api/handler";
import { methodNotAllowed } from "@/lib/api/errors";

export const GET = withAppAuth({}, async ({ principal }) =>
  Response.json({
    appId: principal.appId,
    name: principal.name,
    service: { id: principal.serviceId, name: principal.serviceName },
  }),
);

const notAllowed = methodNotAllowed("GET");
export { notAllowed as POST, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
