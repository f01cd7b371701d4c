// Runs once when Next starts: only the project's own entry points may start it (lib/entry-guard.ts).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { refuseForeignEntry } = await import("./lib/entry-guard");
  refuseForeignEntry();
}
