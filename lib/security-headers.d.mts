export declare const STRICT_CSP: string;
export declare const SECURITY_HEADERS: { key: string; value: string }[];
