// Runs once when the server starts, before it answers: validate configuration, apply
// migrations, seed the embedded demo database on first start, start the delivery worker.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startServer } = await import("./lib/server-start");
  await startServer();
}
