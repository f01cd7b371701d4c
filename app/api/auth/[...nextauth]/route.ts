import NextAuth from "next-auth";
import { rejectInvalidCallbackUrl } from "@/lib/auth/callback-guard";
import { authOptions } from "@/lib/auth/options";

const nextAuth = NextAuth(authOptions);

function handler(req: Request, ctx: { params: Promise<{ nextauth: string[] }> }) {
  return rejectInvalidCallbackUrl(req) ?? nextAuth(req, ctx);
}
export { handler as GET, handler as POST };
