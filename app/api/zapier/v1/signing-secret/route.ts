import { signingSecret } from "@/lib/hooks/signing";
import { withAppAuth } from "@/lib/zapier-api/handler";
import { methodNotAllowed } from "@/lib/api/errors";

/**
 * The secret this account's deliveries are signed with, for receivers that verify
 * X-CINNOX-Signature: the lowercase hex HMAC-SHA256 of the exact body bytes, keyed with it.
 */
export const GET = withAppAuth({}, async ({ principal }) =>
  Response.json({ signingSecret: signingSecret(principal.accountId), algorithm: "HMAC-SHA256", header: "X-CINNOX-Signature" }),
);

const notAllowed = methodNotAllowed("GET");
export { notAllowed as POST, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
