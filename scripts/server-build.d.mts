// Types of server-build.mjs (a plain script, so `npm start` can run it before anything is compiled).
export const ROOT: string;
export const SRC_DIR: string;
export const DIST_DIR: string;
export const CLI_ENTRY: string;
export function sourceHash(files?: string[]): string;
export function buildNeeded(outDir?: string): 'no build yet' | 'sources changed' | null;
export function buildServer(outDir?: string): Promise<number>;
