import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-non-null-assertion": "error",
    },
  },
  { ignores: [".next*/**", "node_modules/**", "lib/generated/**", "data/**", "zapier-app/**", "test-results/**", "playwright-report/**", "next-env.d.ts"] },
];
export default config;
