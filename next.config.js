// @ts-check
import createNextIntlPlugin from "next-intl/plugin";
import { isHttpsUrl, securityHeaders, STRICT_CSP } from "./lib/security-headers.mjs";

// Security headers for every response. Pages get a per-request nonce CSP from proxy.ts (no
// inline scripts); everything else (API, Next's assets, public files) gets the strict one.
const strict = { key: "Content-Security-Policy", value: STRICT_CSP };

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Separate build folders let several builds (tests, a second checkout) coexist.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  // `npm run typecheck` checks the whole project (tests included) as its own step of
  // `npm test`; the build need not do it a second time.
  typescript: { ignoreBuildErrors: true },
  reactStrictMode: true,
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "pg", "@prisma/adapter-pg", "bcryptjs", "@node-rs/argon2", "ioredis", "rate-limiter-flexible"],
  async headers() {
    return [
      {
        source: "/:path*",
        // Decided when the build is made; proxy.ts adds Strict-Transport-Security at run time when
        // APP_URL is https, so a build made without APP_URL serves an https deployment correctly too.
        headers: securityHeaders({ https: isHttpsUrl(process.env.APP_URL) }),
      },
      {
        source: "/api/:path*",
        headers: [{ key: "Cache-Control", value: "no-store" }, strict],
      },
      // What proxy.ts leaves out (it gives pages their nonce policy): Next's assets and public files.
      { source: "/_next/:path*", headers: [strict] },
      { source: "/:file((?!api/|_next/).*\\.(?:svg|png|ico|txt|webmanifest))", headers: [strict] },
    ];
  },
};

// next-intl without locale routing: i18n/request.ts picks the language from the NEXT_LOCALE cookie.
const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

export default withNextIntl(nextConfig);
