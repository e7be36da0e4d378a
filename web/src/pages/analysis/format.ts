/** Number and date formatting of the Analyse page; `null` means suppressed, never zero. Pure. */
const cache = new Map<string, Intl.NumberFormat>();
function nf(lang: string, digits: number): Intl.NumberFormat {
  const key = `${lang}:${digits}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'nl-NL', { maximumFractionDigits: digits, minimumFractionDigits: 0 });
    cache.set(key, f);
  }
  return f;
}

/** A number for display, or null when the API withheld it (suppressed). */
export function formatNumber(v: number | null | undefined, lang: string, digits = 0): string | null {
  if (v === null || v === undefined || !Number.isFinite(v)) return null;
  return nf(lang, digits).format(v);
}

/** A p- or q-value: three decimals, "< 0,001" below that. */
export function formatP(v: number | null | undefined, lang: string): string | null {
  if (v === null || v === undefined || !Number.isFinite(v)) return null;
  return v < 0.001 ? `< ${nf(lang, 3).format(0.001)}` : nf(lang, 3).format(v);
}

/** A share 0..1 as a percentage. */
export function formatShare(v: number | null | undefined, lang: string, digits = 1): string | null {
  if (v === null || v === undefined || !Number.isFinite(v)) return null;
  return `${nf(lang, digits).format(v * 100)}%`;
}

/** A signed change (rate difference or ratio − 1 as %). */
export function formatSigned(v: number | null | undefined, lang: string, digits = 2): string | null {
  const s = formatNumber(v, lang, digits);
  if (s === null) return null;
  return v! > 0 ? `+${s}` : s;
}

/** An ISO date (YYYY-MM-DD) as a local date, e.g. 1 jan. 2023. */
export function formatDate(iso: string, lang: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleDateString(lang === 'en' ? 'en-GB' : 'nl-NL', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}

/** The last day of a right-open period [from, to): the day before `to`. */
export function lastDay(to: string): string {
  const d = Date.parse(`${to}T00:00:00Z`);
  return Number.isNaN(d) ? to : new Date(d - 86_400_000).toISOString().slice(0, 10);
}
