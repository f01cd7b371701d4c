// `npm run services -- add --slug mycompany --name "My Company"`
// `npm run services -- list`, `npm run services -- rename --slug mycompany --name "New name"`
// A service is a CINNOX tenant: its users sign in to the console, its Zapier accounts and events
// belong to it. The id printed by add and list is the `serviceId` the platform publishes events with.
// On the embedded database, stop the console first (one process per data directory).
import "@/lib/load-dotenv.mjs";
import { z } from "zod";
import { ensureDatabase, Prisma, prisma } from "@/lib/db";
import { accountNameSchema } from "@/lib/zapier-accounts/schemas";
import { flag, runCli, UsageError } from "./cli";

const USAGE = 'usage: npm run services -- add --slug <slug> --name "<name>" | list | rename --slug <slug> --name "<name>"';

// What users type after --service: short, lowercase, safe in a URL and in an email-like demo login.
const slugSchema = z
  .string()
  .regex(/^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$/, "--slug must be 1–40 lowercase letters, digits or inner hyphens (e.g. my-company)");

function parse<T>(schema: z.ZodType<T>, value: string | undefined, label: string): T {
  if (value === undefined) throw new UsageError(`${label} is required`);
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const message = result.error.issues[0]?.message ?? "invalid";
  throw new UsageError(message.startsWith("--") ? message : `${label.split(" ")[0]}: ${message}`);
}

async function main() {
  const [command] = process.argv.slice(2);
  // Input is checked before the database is opened: a typo costs no wait (and no lock).
  switch (command) {
    case "add": {
      const slug = parse(slugSchema, flag("slug"), "--slug <slug>");
      const name = parse(accountNameSchema, flag("name"), "--name <name>");
      await ensureDatabase();
      try {
        const service = await prisma.service.create({ data: { slug, name } });
        console.log(`added service ${slug} (${name}), id ${service.id}`);
        console.log(`next: npm run users -- add --service ${slug} --email <email> --role admin`);
      } catch (error) {
        if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw new UsageError(`Service "${slug}" already exists.`);
        throw error;
      }
      return;
    }
    case "list": {
      await ensureDatabase();
      const services = await prisma.service.findMany({ orderBy: { slug: "asc" }, include: { _count: { select: { users: true } } } });
      for (const s of services) console.log(`${s.slug.padEnd(16)} ${s.id.padEnd(26)} ${String(s._count.users).padStart(3)} user(s)  ${s.name}`);
      if (services.length === 0) console.log("no services (add one: npm run services -- add --slug <slug> --name <name>)");
      return;
    }
    case "rename": {
      const slug = parse(slugSchema, flag("slug"), "--slug <slug>");
      const name = parse(accountNameSchema, flag("name"), "--name <name>");
      await ensureDatabase();
      const { count } = await prisma.service.updateMany({ where: { slug }, data: { name } });
      if (count === 0) throw new UsageError(`No service "${slug}".`);
      console.log(`renamed ${slug} to ${name}`);
      return;
    }
    default:
      throw new UsageError(USAGE);
  }
}

await runCli("services", main);
