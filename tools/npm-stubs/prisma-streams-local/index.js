// Only `prisma dev` (Prisma's local development server) imports @prisma/streams-local, which needs
// Node 22 and bun. This project never runs `prisma dev`, so package.json's "overrides" puts this
// stand-in in its place: `npm install` stays free of engine warnings on Node 20.19.
export function startLocalDurableStreamsServer() {
  throw new Error("@prisma/streams-local is not installed in this project (see tools/npm-stubs/prisma-streams-local/README.md): `prisma dev` is not supported here.");
}
