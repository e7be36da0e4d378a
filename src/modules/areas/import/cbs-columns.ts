/**
 * Recognises the columns of the CBS wijk- en buurtkaart. Two naming styles exist:
 * up to 2021 `bu_code, bu_naam, wk_code, wk_naam, gm_code, gm_naam, aant_inw, h2o`;
 * from 2022 `buurtcode, buurtnaam, wijkcode, wijknaam, gemeentecode, gemeentenaam,
 * aantal_inwoners, water`. CBS marks secret or unknown numbers with large negative values
 * (−99999999, −99997, −99995); every value ≤ −99995 is read as "unknown" (null).
 */
export const CBS_UNKNOWN_MAX = -99_995;

const ALIASES = {
  buurtCode: ['bu_code', 'buurtcode'],
  buurtName: ['bu_naam', 'buurtnaam'],
  wijkCode: ['wk_code', 'wijkcode'],
  wijkName: ['wk_naam', 'wijknaam'],
  gemeenteCode: ['gm_code', 'gemeentecode'],
  gemeenteName: ['gm_naam', 'gemeentenaam'],
  population: ['aant_inw', 'aantal_inwoners'],
  water: ['h2o', 'water'],
} as const;

export type CbsField = keyof typeof ALIASES;

export const BUURT_CODE = /^BU\d{8}$/;
export const WIJK_CODE = /^WK\d{6}$/;
export const GEMEENTE_CODE = /^GM\d{4}$/;

/** Finds the column of `field` in a row, ignoring case; returns its name or undefined. */
export function columnOf(properties: Record<string, unknown>, field: CbsField): string | undefined {
  const keys = Object.keys(properties);
  for (const alias of ALIASES[field]) {
    const key = keys.find((k) => k.toLowerCase() === alias);
    if (key) return key;
  }
  return undefined;
}

export function textOf(properties: Record<string, unknown>, field: CbsField): string | null {
  const key = columnOf(properties, field);
  const v = key === undefined ? null : properties[key];
  if (v === null || v === undefined) return null;
  const s = String(v).trim();
  return s === '' || s.toUpperCase() === 'NULL' ? null : s;
}

/** A CBS number: null when missing, not numeric, or a secrecy marker (≤ −99995). */
export function cbsNumber(value: unknown): number | null {
  if (value === null || value === undefined || value === '') return null;
  const n = typeof value === 'number' ? value : Number(String(value).trim());
  if (!Number.isFinite(n) || n <= CBS_UNKNOWN_MAX) return null;
  return n;
}

/** CBS water flag: 'JA'/'NEE' (also true/false, 1/0). */
export function isWaterFlag(value: string | null): boolean {
  return value !== null && /^(ja|j|yes|true|1)$/i.test(value);
}

/** The wijk code a buurt code belongs to: BU gggg ww bb → WK gggg ww (CBS code structure). */
export function wijkOfBuurt(buurtCode: string): string {
  return `WK${buurtCode.slice(2, 8)}`;
}

/** The gemeente code of a wijk or buurt code: the four digits after the prefix. */
export function gemeenteOf(code: string): string {
  return `GM${code.slice(2, 6)}`;
}

/** Every attribute as a JSON value: CBS numbers parsed, secrecy markers as null. */
export function cleanAttributes(properties: Record<string, unknown>, drop: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(properties)) {
    if (drop.includes(k) || v instanceof Uint8Array) continue;
    if (typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v.trim())) out[k] = cbsNumber(v);
    else if (typeof v === 'number') out[k] = cbsNumber(v);
    else out[k] = v ?? null;
  }
  return out;
}
