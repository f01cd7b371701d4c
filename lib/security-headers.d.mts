// Types of lib/security-headers.mjs (plain JavaScript: next.config.js and scripts/serve.mjs load it without a compiler).
export interface Header {
  key: string;
  value: string;
}
export declare const STRICT_CSP: string;
export declare const SECURITY_HEADERS: Header[];
export declare const HSTS: Header;
export declare function securityHeaders(options: { https: boolean }): Header[];
export declare function isHttpsUrl(appUrl: string | undefined): boolean;
