import { unsubscribe } from "@/lib/hooks/service";
import { withAppAuth } from "@/lib/zapier-api/handler";

export const DELETE = withAppAuth({}, async ({ principal, params }) => {
  await unsubscribe(principal, params.id ?? "");
  return new Response(null, { status: 204 });
});
