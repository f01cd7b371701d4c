import { inject } from "vitest";
import { appFetch, createAccount, type Session } from "./session";

export interface Creds {
  appId: string;
  appToken: string;
  accountId: string;
  serviceId: string;
}

/** A new account in the session's service, with the service id /me reports. */
export async function newCreds(admin: Session, name: string): Promise<Creds> {
  const { account, appToken } = await createAccount(admin, name);
  const me = (await (await appFetch({ appId: account.appId, appToken }, "/me")).json()) as { service: { id: string } };
  return { appId: account.appId, appToken, accountId: account.id, serviceId: me.service.id };
}

export async function subscribe(creds: Creds, event: string, targetUrl: string) {
  const res = await appFetch(creds, "/hooks", { method: "POST", json: { event, targetUrl } });
  if (res.status !== 201) throw new Error(`subscribe ${event}: ${res.status} ${await res.text()}`);
  const hook = (await res.json()) as { id: string; event: string; targetUrl: string; createdAt: string };
  const secret = (await (await appFetch(creds, "/signing-secret")).json()) as { signingSecret: string };
  return { ...hook, signingSecret: secret.signingSecret };
}

export function ingest(body: unknown, secret = inject("ingestSecret"), baseUrl = inject("baseUrl")) {
  return fetch(`${baseUrl}/api/internal/events`, {
    method: "POST",
    headers: { authorization: `Bearer ${secret}`, "content-type": "application/json" },
    body: JSON.stringify(body),
  });
}

export const TAG_DATA = { status: "created", id: "tag-42", name: "VIP", colorCode: "#FF8800" };
export const CONTACT_DATA = { status: "created", name: "Chan Tai Man" };
