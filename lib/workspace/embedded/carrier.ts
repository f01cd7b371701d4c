import { prisma } from "@/lib/db";
import { afterEventsCommitted, emitEvent } from "@/lib/events/emit";
import { workspaceConfig } from "../config";
import { countryOf } from "./number-types";

export interface CarrierOutcome {
  status: "Success" | "Fail" | "Timeout";
  responseCode: number;
  exception: string | null;
}

/** The sandbox's rule: recipients ending in 0000 fail, in 9999 time out, every other one succeeds. */
export function sandboxOutcome(recipient: string): CarrierOutcome {
  if (recipient.endsWith("0000")) {
    return { status: "Fail", responseCode: 400, exception: "The carrier rejected the message: the recipient number is not reachable (sandbox: numbers ending in 0000 fail)." };
  }
  if (recipient.endsWith("9999")) {
    return { status: "Timeout", responseCode: 408, exception: "The carrier did not confirm delivery in time (sandbox: numbers ending in 9999 time out)." };
  }
  return { status: "Success", responseCode: 200, exception: null };
}

// The carrier of this process, if it runs one: reached through globalThis because the Base URL
// app (loaded with tsx) and Next's bundle are different module instances in one process.
const registry = globalThis as unknown as { __sandboxCarrier?: SandboxCarrier };

/** A new SMS is due at `dueAt`: the carrier of this process (if any) reports it on time. */
export function wakeSandboxCarrier(dueAt: Date) {
  registry.__sandboxCarrier?.schedule(dueAt.getTime());
}

interface DueRow {
  id: string;
  serviceId: string;
  transactionId: string;
  recipientNumber: string;
}

/**
 * The sandbox SMS carrier (embedded workspace only): reports each SMS's outcome as an sms.status
 * event once its reportDueAt has passed. The due time is in the database, so a restart loses
 * nothing; claims use FOR UPDATE SKIP LOCKED, so several processes never report one SMS twice.
 * A timer fires at the next known due time, and a poll catches SMS sent by other processes.
 */
export class SandboxCarrier {
  private timer: NodeJS.Timeout | null = null;
  private timerAt = Infinity;
  private running = false;
  private busy: Promise<void> | null = null;
  private again = false;

  constructor(private readonly pollMs = workspaceConfig().carrierPollMs) {}

  start() {
    if (this.running) return;
    this.running = true;
    registry.__sandboxCarrier = this;
    this.schedule(Date.now());
  }

  async stop() {
    this.running = false;
    if (registry.__sandboxCarrier === this) registry.__sandboxCarrier = undefined;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.busy;
  }

  schedule(at: number) {
    if (!this.running || at >= this.timerAt) return;
    if (this.timer) clearTimeout(this.timer);
    this.timerAt = at;
    this.timer = setTimeout(() => this.fire(), Math.max(0, at - Date.now()));
    this.timer.unref?.();
  }

  private fire() {
    this.timer = null;
    this.timerAt = Infinity;
    if (this.busy) {
      this.again = true;
      return;
    }
    this.busy = this.reportDue()
      .then(() => undefined)
      .catch((error: unknown) => console.error("[sms-carrier] report failed:", (error as Error).message))
      .finally(() => {
        this.busy = null;
        if (this.again) {
          this.again = false;
          this.schedule(Date.now());
        }
        this.schedule(Date.now() + this.pollMs);
      });
  }

  /** Reports every SMS whose outcome is due; returns how many. */
  async reportDue(limit = 100): Promise<number> {
    const emitted = await prisma.$transaction(async (tx) => {
      const due = await tx.$queryRaw<DueRow[]>`
        SELECT "id", "serviceId", "transactionId", "recipientNumber" FROM "WorkspaceSms"
        WHERE "reportDueAt" IS NOT NULL AND "reportDueAt" <= ${new Date()}
        ORDER BY "reportDueAt" LIMIT ${limit} FOR UPDATE SKIP LOCKED`;
      const events = [];
      for (const sms of due) {
        const outcome = sandboxOutcome(sms.recipientNumber);
        await tx.workspaceSms.update({
          where: { id: sms.id },
          data: { status: outcome.status, responseCode: outcome.responseCode, exception: outcome.exception, reportDueAt: null, reportedAt: new Date() },
        });
        events.push(
          await emitEvent(tx, {
            serviceId: sms.serviceId,
            event: "sms.status",
            data: {
              transactionId: sms.transactionId,
              recipientNumber: sms.recipientNumber,
              recipientCountry: countryOf(sms.recipientNumber),
              responseCode: outcome.responseCode,
              status: outcome.status,
              exception: outcome.exception,
            },
          }),
        );
      }
      return events;
    });
    afterEventsCommitted(emitted);
    return emitted.length;
  }
}
