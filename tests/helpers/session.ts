import { inject } from "vitest";
import { adminEmail, staffEmail } from "../setup/fixtures";

/** A signed-in console user: fetch with their session cookie and the app's Origin. */
export interface Session {
  email: string;
  baseUrl: string;
  fetch(path: string, init?: RequestInit & { json?: unknown }): Promise<Response>;
  /** The cookie and Origin headers `fetch` sends, for clients other than fetch (node:http). */
  headers(): Record<string, string>;
}

function cookiesFrom(res: Response, jar: Map<string, string>) {
  for (const line of res.headers.getSetCookie()) {
    const [pair] = line.split(";");
    const eq = pair?.indexOf("=") ?? -1;
    if (pair && eq > 0) jar.set(pair.slice(0, eq), pair.slice(eq + 1));
  }
}

const cookieHeader = (jar: Map<string, string>) => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");

export function anonymous(baseUrl = inject("baseUrl")): Session {
  return makeSession("anonymous", new Map(), baseUrl);
}

function makeSession(email: string, jar: Map<string, string>, baseUrl: string): Session {
  return {
    email,
    baseUrl,
    headers: () => ({ ...(jar.size ? { cookie: cookieHeader(jar) } : {}), origin: baseUrl }),
    fetch(path, init = {}) {
      const headers = new Headers(init.headers);
      if (jar.size) headers.set("cookie", cookieHeader(jar));
      if (!headers.has("origin")) headers.set("origin", baseUrl);
      let body = init.body;
      if (init.json !== undefined) {
        headers.set("content-type", "application/json");
        body = JSON.stringify(init.json);
      }
      return fetch(baseUrl + path, { ...init, headers, body, redirect: "manual" });
    },
  };
}

/** Signs in through next-auth's credentials flow, exactly as the login form does. */
export async function login(email: string, password = inject("password"), baseUrl = inject("baseUrl")): Promise<Session> {
  const jar = new Map<string, string>();
  const csrfRes = await fetch(`${baseUrl}/api/auth/csrf`);
  cookiesFrom(csrfRes, jar);
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const res = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookieHeader(jar), origin: baseUrl },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
    redirect: "manual",
  });
  cookiesFrom(res, jar);
  if (![...jar.keys()].some((k) => k.includes("session-token"))) {
    throw new Error(`login failed for ${email}: ${res.status} ${res.headers.get("location") ?? ""}`);
  }
  return makeSession(email, jar, baseUrl);
}

export const loginAdmin = (slug: string) => login(adminEmail(slug));
export const loginStaff = (slug: string) => login(staffEmail(slug));

/** Calls the Base URL API as the CINNOX app in Zapier does. */
export function appFetch(creds: { appId: string; appToken: string }, path: string, init: RequestInit & { json?: unknown } = {}, baseUrl = inject("baseUrl")) {
  const headers = new Headers(init.headers);
  headers.set("x-app-id", creds.appId);
  headers.set("authorization", `Bearer ${creds.appToken}`);
  let body = init.body;
  if (init.json !== undefined) {
    headers.set("content-type", "application/json");
    body = JSON.stringify(init.json);
  }
  return fetch(`${baseUrl}/api/zapier/v1${path}`, { ...init, headers, body });
}

export async function createAccount(session: Session, name: string) {
  const res = await session.fetch("/api/zapier-accounts", { method: "POST", json: { name } });
  if (res.status !== 201) throw new Error(`create ${name}: ${res.status} ${await res.text()}`);
  return (await res.json()) as { account: { id: string; appId: string; name: string; baseUrl: string }; appToken: string };
}
