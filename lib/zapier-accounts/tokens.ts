import crypto from "node:crypto";
import zlib from "node:zlib";
import { env, parseCredentialsKey } from "@/lib/env";

// App Token: "cnxzap_" + 43 base62 characters (256 random bits) + 6 base62 characters of
// CRC32 checksum, the scheme GitHub uses so a leaked token can be recognised (and rejected
// without a database lookup when it was mistyped).
export const TOKEN_PREFIX = "cnxzap_";
const ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
const RANDOM_LENGTH = 43; // ceil(256 / log2(62))
const CHECKSUM_LENGTH = 6;
const TOKEN_RE = new RegExp(`^${TOKEN_PREFIX}[0-9A-Za-z]{${RANDOM_LENGTH + CHECKSUM_LENGTH}}$`);

function base62(bytes: Buffer, length: number): string {
  let n = BigInt(`0x${bytes.toString("hex") || "0"}`);
  let out = "";
  while (n > 0n) {
    out = ALPHABET[Number(n % 62n)] + out;
    n /= 62n;
  }
  return out.padStart(length, "0");
}

// Every token check computes this (isWellFormedToken, before any lookup): 32 bits fit a Number,
// so no BigInt and no Buffer. Same digits as base62() of the checksum's 4 bytes.
function checksum(body: string): string {
  let n = zlib.crc32(body) >>> 0;
  let out = "";
  while (n > 0) {
    out = ALPHABET[n % 62] + out;
    n = Math.floor(n / 62);
  }
  return out.padStart(CHECKSUM_LENGTH, "0");
}

export function generateAppToken(): string {
  const random = base62(crypto.randomBytes(32), RANDOM_LENGTH);
  const body = TOKEN_PREFIX + random;
  return body + checksum(body);
}

/** Shape and checksum only: cheap, and says nothing about whether the token exists. */
export function isWellFormedToken(token: string): boolean {
  if (!TOKEN_RE.test(token)) return false;
  const body = token.slice(0, -CHECKSUM_LENGTH);
  return checksum(body) === token.slice(-CHECKSUM_LENGTH);
}

/** App ID: not secret, URL-safe, 128 random bits so one cannot be guessed from another. */
export function generateAppId(): string {
  return `app_${base62(crypto.randomBytes(16), 22)}`;
}

export function hashToken(token: string): string {
  return crypto.createHash("sha256").update(token).digest("hex");
}

/** SHA-256 of a presented token as bytes, to compare with stored digests (digestMatches). */
export function tokenDigest(token: string): Buffer {
  return crypto.createHash("sha256").update(token).digest();
}

/** Constant-time comparison of a presented token's digest with a stored SHA-256 hex digest. */
export function digestMatches(digest: Buffer, storedHash: string | null | undefined): boolean {
  if (!storedHash || storedHash.length !== 64) return false;
  const stored = Buffer.from(storedHash, "hex");
  return stored.length === digest.length && crypto.timingSafeEqual(digest, stored);
}

/** Constant-time comparison of a stored SHA-256 hex digest with a presented token. */
export function tokenMatchesHash(token: string, storedHash: string | null | undefined): boolean {
  return digestMatches(tokenDigest(token), storedHash);
}

/** The prefix and the last four characters: enough to tell tokens apart, useless to an attacker. */
export function tokenPreview(token: string): string {
  return `${TOKEN_PREFIX}${token.slice(-4)}`;
}

let cachedKey: { source: string; key: Buffer } | undefined;
function credentialsKey(): Buffer {
  const source = env().CREDENTIALS_KEY ?? "";
  if (cachedKey?.source !== source) cachedKey = { source, key: parseCredentialsKey(source) };
  return cachedKey.key;
}

/**
 * AES-256-GCM. `context` (the account's App ID) is bound as additional data, so a ciphertext
 * copied onto another row does not decrypt.
 */
export function encryptToken(token: string, context: string): string {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv("aes-256-gcm", credentialsKey(), iv);
  cipher.setAAD(Buffer.from(context));
  const ciphertext = Buffer.concat([cipher.update(token, "utf8"), cipher.final()]);
  return ["v1", iv.toString("base64url"), cipher.getAuthTag().toString("base64url"), ciphertext.toString("base64url")].join(".");
}

export function decryptToken(sealed: string, context: string): string {
  const [version, iv, tag, ciphertext] = sealed.split(".");
  if (version !== "v1" || !iv || !tag || !ciphertext) throw new Error("Unrecognised token ciphertext");
  const decipher = crypto.createDecipheriv("aes-256-gcm", credentialsKey(), Buffer.from(iv, "base64url"));
  decipher.setAAD(Buffer.from(context));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(ciphertext, "base64url")), decipher.final()]).toString("utf8");
}
