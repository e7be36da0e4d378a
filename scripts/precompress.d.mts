// Types of precompress.mjs (a plain script, imported by web/vite.config.ts).
export const COMPRESSIBLE: RegExp;
export const MIN_BYTES: number;
export function precompress(dir: string): Promise<{ files: number; raw: number; br: number; gz: number }>;
