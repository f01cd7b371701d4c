import type { Bundle, HttpRequestOptions, HttpResponse, ZObject } from "zapier-platform-core";

/** The Base URL the admin pasted, without a trailing slash. */
export function baseUrl(bundle: Bundle): string {
  return String(bundle.authData.base_url ?? "").trim().replace(/\/+$/, "");
}

/** Every request carries the App ID and the App Token. */
export function addAuthHeaders(request: HttpRequestOptions, _z: ZObject, bundle: Bundle): HttpRequestOptions {
  request.headers = {
    ...request.headers,
    "X-App-Id": String(bundle.authData.app_id ?? "").trim(),
    Authorization: `Bearer ${String(bundle.authData.app_token ?? "").trim()}`,
    Accept: "application/json",
  };
  return request;
}

/**
 * 401 means the connection is broken (token regenerated, account deleted): tell Zapier so it
 * asks the user to reconnect. Other errors carry the console's own message, unless the request
 * asked to look at the status itself (`skipThrowForStatus`).
 */
export function handleErrors(response: HttpResponse, z: ZObject): HttpResponse {
  if (response.status === 401) {
    throw new z.errors.ExpiredAuthError(
      "CINNOX no longer accepts this App ID and App Token: the token was regenerated or the Zapier account deleted. Reconnect with the current credentials from CINNOX › Administration › Service Integration › Zapier.",
    );
  }
  if (response.status === 429) {
    const retryAfter = Number.parseInt(response.getHeader("retry-after") ?? "", 10);
    throw new z.errors.ThrottledError(consoleMessage(response) ?? "CINNOX is throttling this account. Try again later.", Number.isNaN(retryAfter) ? undefined : retryAfter);
  }
  if (response.status >= 400 && !response.skipThrowForStatus) throwConsoleError(response, z);
  return response;
}

function consoleMessage(response: HttpResponse): string | undefined {
  try {
    return (JSON.parse(response.content) as { error?: { message?: string } }).error?.message;
  } catch {
    return undefined;
  }
}

/** Throws the console's `{ "error": { "code", "message" } }` as a Zapier error. */
export function throwConsoleError(response: HttpResponse, z: ZObject): never {
  let message = `CINNOX answered ${response.status}.`;
  let code = "http_error";
  try {
    const body = JSON.parse(response.content) as { error?: { code?: string; message?: string } };
    if (body.error?.message) message = body.error.message;
    if (body.error?.code) code = body.error.code;
  } catch {
    /* not JSON: keep the generic message */
  }
  throw new z.errors.Error(message, code, response.status);
}
