// Shared by the seed (run before the server starts) and the specs.
export const E2E_PASSWORD = "e2e-correct-horse-battery";
/** The e2e server's ingest secret (e2e/server.mjs), so specs can publish events. */
export const E2E_INGEST_SECRET = "e2e-ingest-secret-0123456789abcdef";

/** One service per spec file, so no spec ever sees another's accounts. */
export const E2E_SERVICES = {
  auth: "E2E Auth",
  add: "E2E Add",
  cap: "E2E Cap",
  view: "E2E View",
  rename: "E2E Rename",
  regenerate: "E2E Regenerate",
  remove: "E2E Delete",
  staff: "E2E Staff",
  zh: "E2E Chinese",
  keyboard: "E2E Keyboard",
  a11y: "E2E Accessibility",
  screens: "E2E Screens",
  errors: "E2E Errors",
  activity: "E2E Activity",
  account: "E2E Account",
  zhaccount: "E2E Account Chinese",
  impact: "E2E Impact",
  auditx: "E2E Audit Filters",
  sandbox: "E2E Sandbox",
} as const;
/** The services whose CINNOX workspace is seeded (the sandbox page shows it). */
export const E2E_WORKSPACE_SERVICES: readonly string[] = ["sandbox"];
export type E2EService = keyof typeof E2E_SERVICES;

export const adminEmail = (service: E2EService) => `admin@${service}.e2e.test`;
export const staffEmail = (service: E2EService) => `staff@${service}.e2e.test`;
