import { unsubscribe } from "@/lib/hooks/service";
import { withAppAuth } from "@/lib/zapier-api/handler";
import { methodNotAllowed } from "@/lib/api/errors";

export const DELETE = withAppAuth({}, async ({ principal, params }) => {
  await unsubscribe(principal, params.id ?? "");
  return new Response(null, { status: 204 });
});

const notAllowed = methodNotAllowed("DELETE");
export { notAllowed as GET, notAllowed as POST, notAllowed as PUT, notAllowed as PATCH };
