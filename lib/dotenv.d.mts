export const PROJECT_ROOT: string;
export function loadDotenv(options?: { file?: string; env?: Record<string, string | undefined> }): { file: string; loaded: string[] };
