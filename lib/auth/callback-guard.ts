import { ApiError, errorResponse } from "@/lib/api/errors";

const CALLBACK_COOKIES = new Set(["next-auth.callback-url", "__Secure-next-auth.callback-url"]);
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

/** What next-auth itself accepts (a path, or an http(s) URL), minus anything with control characters. */
function acceptable(value: string): boolean {
  if (CONTROL.test(value)) return false;
  try {
    return /^https?:$/.test(new URL(value, value.startsWith("/") ? "http://console.invalid" : undefined).protocol);
  } catch {
    return false;
  }
}

function callbackCookies(header: string | null): string[] {
  const values: string[] = [];
  for (const part of (header ?? "").split(";")) {
    const eq = part.indexOf("=");
    if (eq < 0 || !CALLBACK_COOKIES.has(part.slice(0, eq).trim())) continue;
    const raw = part.slice(eq + 1).trim();
    try {
      values.push(decodeURIComponent(raw));
    } catch {
      values.push("\u0000"); // not even valid percent-encoding
    }
  }
  return values;
}

/**
 * next-auth answers an invalid callback URL (query or cookie) with a 500 and logs it raw. Checked
 * first instead: 400 in the API's error format, and nothing of it reaches the log.
 */
export function rejectInvalidCallbackUrl(req: Request): Response | null {
  const query = new URL(req.url).searchParams.getAll("callbackUrl");
  const bad = [...query, ...callbackCookies(req.headers.get("cookie"))].some((value) => value !== "" && !acceptable(value));
  if (!bad) return null;
  return errorResponse(new ApiError("bad_request", "The callback URL is not a valid URL.", { field: "callbackUrl" }));
}
