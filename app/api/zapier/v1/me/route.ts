import { withAppAuth } from "@/lib/zapier-api/handler";

export const GET = withAppAuth({}, async ({ principal }) =>
  Response.json({
    appId: principal.appId,
    name: principal.name,
    service: { id: principal.serviceId, name: principal.serviceName },
  }),
);
