// The one way to write a log line that may carry request-derived text (a path, a callback URL, an
// error message built from input). Control characters are escaped, so a value cannot start a line
// of its own ("\n[delivery] FORGED"), erase one (CR, backspace) or reorder what a reader sees
// (bidirectional controls); long values are cut.

// C0 and C1 controls, DEL, the Unicode line and paragraph separators, the bidi controls, and
// lone surrogates (which a terminal or a log shipper may turn into anything).
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const NAMED: Record<string, string> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };
const MAX_LENGTH = 2000;

/** `value` as printable text on one line: controls become \n, \r, \t, \xNN or \uNNNN. */
export function escapeForLog(value: unknown, max = MAX_LENGTH): string {
  const text = typeof value === "string" ? value : value instanceof Error ? `${value.name}: ${value.message}` : String(value);
  const cut = text.length > max ? `${text.slice(0, max)}…` : text;
  return cut.replace(CONTROL, (c) => {
    const named = NAMED[c];
    if (named) return named;
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
  });
}

/** One line, `[scope] message`, with the message escaped as a whole: nothing in it can forge a line. */
export const log = {
  info: (scope: string, message: unknown) => console.log(`[${scope}] ${escapeForLog(message)}`),
  warn: (scope: string, message: unknown) => console.warn(`[${scope}] ${escapeForLog(message)}`),
  error: (scope: string, message: unknown) => console.error(`[${scope}] ${escapeForLog(message)}`),
};
