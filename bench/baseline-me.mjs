#!/usr/bin/env node
// The practical ceiling for GET /me on this machine: bare node:http + pg doing the same work as
// the Base URL service (one indexed lookup by App ID joined to its service, SHA-256 of the
// token, constant-time compare, JSON answer), nothing else. bench/me.ts measures the product
// against it in the same run. Usage: DATABASE_URL=postgres://… PORT=… node bench/baseline-me.mjs
import crypto from "node:crypto";
import http from "node:http";
import pg from "pg";

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
const SQL = `SELECT a."id", a."appId", a."name", a."serviceId", s."name" AS "serviceName", a."tokenHash"
             FROM "ZapierAccount" a JOIN "Service" s ON s."id" = a."serviceId" WHERE a."appId" = $1`;

const server = http.createServer(async (req, res) => {
  const appId = req.headers["x-app-id"];
  const token = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? "")?.[1] ?? "";
  const { rows } = await pool.query({ name: "baseline_me", text: SQL, values: [String(appId)] });
  const row = rows[0];
  const presented = crypto.createHash("sha256").update(token).digest();
  const ok = row && crypto.timingSafeEqual(presented, Buffer.from(row.tokenHash, "hex"));
  const body = ok ? JSON.stringify({ appId: row.appId, name: row.name, service: { id: row.serviceId, name: row.serviceName } }) : '{"error":{}}';
  res.writeHead(ok ? 200 : 401, { "content-type": "application/json", "content-length": Buffer.byteLength(body) });
  res.end(body);
});
server.keepAliveTimeout = 65_000;
server.listen(Number(process.env.PORT), "127.0.0.1", () => console.log("baseline listening"));
process.on("SIGTERM", () => server.close(() => pool.end().then(() => process.exit(0))));
