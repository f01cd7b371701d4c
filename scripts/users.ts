// `npm run users -- add --service acme --email a@b.c --role admin|staff [--password-stdin]`
// `npm run users -- list [--service acme]`, `npm run users -- remove --email a@b.c`
// `npm run users -- role --email a@b.c --role admin|staff`, `npm run users -- password --email a@b.c [--password-stdin]`
// Removing a user, changing their role or their password ends their sessions at once.
// The password is asked for (not echoed) or read from standard input with --password-stdin.
// On the embedded database, stop the console first (one process per data directory).
import "@/lib/load-dotenv.mjs";
import readline from "node:readline";
import { z } from "zod";
import { hashPassword, MIN_PASSWORD_LENGTH } from "@/lib/auth/password";
import { ensureDatabase, prisma } from "@/lib/db";
import { flag, runCli, UsageError } from "./cli";

async function readPassword(): Promise<string> {
  if (process.argv.includes("--password-stdin") || !process.stdin.isTTY) {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString("utf8").replace(/\r?\n$/, "");
  }
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  const rlOut = rl as unknown as { _writeToOutput: (s: string) => void; output: NodeJS.WriteStream };
  process.stdout.write("Password: ");
  rlOut._writeToOutput = () => {}; // do not echo
  const answer = await new Promise<string>((resolve) => rl.question("", resolve));
  rl.close();
  process.stdout.write("\n");
  return answer;
}

async function main() {
  const [command] = process.argv.slice(2);
  await ensureDatabase();
  switch (command) {
    case "add": {
      const input = z
        .object({
          service: z.string().min(1, "--service <slug> is required"),
          email: z.string().trim().toLowerCase().email("--email must be an email address"),
          role: z.enum(["admin", "staff"], { error: "--role must be admin or staff" }),
        })
        .safeParse({ service: flag("service"), email: flag("email"), role: flag("role") });
      if (!input.success) throw new UsageError(input.error.issues.map((i) => i.message).join("; "));
      const service = await prisma.service.findUnique({ where: { slug: input.data.service } });
      if (!service) throw new UsageError(`No service "${input.data.service}".`);
      if (await prisma.user.findUnique({ where: { email: input.data.email } })) throw new UsageError(`${input.data.email} already exists.`);
      const password = await readPassword();
      if (password.length < MIN_PASSWORD_LENGTH) throw new UsageError(`The password needs at least ${MIN_PASSWORD_LENGTH} characters.`);
      await prisma.user.create({
        data: {
          email: input.data.email,
          role: input.data.role === "admin" ? "ADMIN" : "STAFF",
          passwordHash: await hashPassword(password),
          serviceId: service.id,
        },
      });
      console.log(`added ${input.data.email} (${input.data.role}) to ${service.name}`);
      return;
    }
    case "list": {
      const slug = flag("service");
      if (slug && !(await prisma.service.findUnique({ where: { slug }, select: { id: true } }))) throw new UsageError(`No service "${slug}".`);
      const users = await prisma.user.findMany({
        where: slug ? { service: { slug } } : {},
        include: { service: true },
        orderBy: [{ service: { slug: "asc" } }, { email: "asc" }],
      });
      for (const u of users) console.log(`${u.service.slug.padEnd(12)} ${u.role.toLowerCase().padEnd(6)} ${u.email}`);
      if (users.length === 0) console.log("no users");
      return;
    }
    case "remove": {
      const email = flag("email")?.trim().toLowerCase();
      if (!email) throw new UsageError("--email is required");
      const { count } = await prisma.user.deleteMany({ where: { email } });
      if (count === 0) throw new UsageError(`No user ${email}.`);
      console.log(`removed ${email}`);
      return;
    }
    case "role": {
      const email = flag("email")?.trim().toLowerCase();
      const role = z.enum(["admin", "staff"]).safeParse(flag("role"));
      if (!email || !role.success) throw new UsageError("usage: npm run users -- role --email <email> --role admin|staff");
      // The session version goes up with the change: every session of the user ends at once.
      const { count } = await prisma.user.updateMany({
        where: { email },
        data: { role: role.data === "admin" ? "ADMIN" : "STAFF", sessionVersion: { increment: 1 } },
      });
      if (count === 0) throw new UsageError(`No user ${email}.`);
      console.log(`${email} is now ${role.data}; their sessions have ended`);
      return;
    }
    case "password": {
      const email = flag("email")?.trim().toLowerCase();
      if (!email) throw new UsageError("--email is required");
      if (!(await prisma.user.findUnique({ where: { email }, select: { id: true } }))) throw new UsageError(`No user ${email}.`);
      const password = await readPassword();
      if (password.length < MIN_PASSWORD_LENGTH) throw new UsageError(`The password needs at least ${MIN_PASSWORD_LENGTH} characters.`);
      await prisma.user.update({ where: { email }, data: { passwordHash: await hashPassword(password), sessionVersion: { increment: 1 } } });
      console.log(`changed the password of ${email}; their sessions have ended`);
      return;
    }
    default:
      throw new UsageError(
        "usage: npm run users -- add --service <slug> --email <email> --role admin|staff [--password-stdin] | list [--service <slug>] | remove --email <email> | role --email <email> --role admin|staff | password --email <email> [--password-stdin]",
      );
  }
}

await runCli("users", main);
