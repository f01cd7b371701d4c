import { subscribeSchema } from "@/lib/hooks/schemas";
import { listHooks, subscribe } from "@/lib/hooks/service";
import { withAppAuth } from "@/lib/zapier-api/handler";
import { methodNotAllowed } from "@/lib/api/errors";

export const POST = withAppAuth({ body: subscribeSchema }, async ({ principal, body }) =>
  Response.json(await subscribe(principal, body), { status: 201 }),
);

export const GET = withAppAuth({}, async ({ principal }) => Response.json({ hooks: await listHooks(principal) }));

const notAllowed = methodNotAllowed("GET", "POST");
export { notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
