/** Crime types for the filter: grouped by main type (first two CBS levels), totals left out. Pure. */
import type { CrimeType } from './types.ts';

export interface TypeGroup {
  /** e.g. '1.2.*' */
  code: string;
  types: CrimeType[];
}

export function groupCrimeTypes(types: readonly CrimeType[]): TypeGroup[] {
  const groups = new Map<string, CrimeType[]>();
  for (const t of types) {
    if (t.code === '0.0.0') continue;
    const parts = t.code.split('.');
    const key = parts.length >= 3 ? `${parts[0]}.${parts[1]}.*` : t.code;
    groups.set(key, [...(groups.get(key) ?? []), t]);
  }
  const num = (c: string) => c.split('.').map((p) => (p === '*' ? 0 : Number(p)));
  const cmp = (a: string, b: string) => {
    const x = num(a);
    const y = num(b);
    for (let i = 0; i < Math.max(x.length, y.length); i++) if ((x[i] ?? -1) !== (y[i] ?? -1)) return (x[i] ?? -1) - (y[i] ?? -1);
    return 0;
  };
  return [...groups].sort((a, b) => cmp(a[0], b[0])).map(([code, list]) => ({ code, types: list.sort((a, b) => cmp(a.code, b.code)) }));
}

/** Toggles a code in a selection; choosing a group drops its members, choosing a member drops its group. */
export function toggleType(selected: readonly string[], code: string): string[] {
  if (selected.includes(code)) return selected.filter((c) => c !== code);
  const group = code.endsWith('.*') ? code.slice(0, -1) : null;
  const kept = selected.filter((c) => (group ? !c.startsWith(group) : !(c.endsWith('.*') && code.startsWith(c.slice(0, -1)))));
  return [...kept, code];
}

/**
 * The label of a code: its title with the code; a group '1.2.*' by its first member's title
 * ("Diefstal uit/vanaf motorvoertuigen e.a. (1.2.*)"), or the code itself when unknown.
 */
export function typeLabel(code: string, titles: ReadonlyMap<string, string>, more = 'e.a.'): string {
  const title = titles.get(code);
  if (title) return `${title} (${code})`;
  if (code.endsWith('.*')) {
    const prefix = code.slice(0, -1);
    const first = [...titles.keys()].filter((c) => c.startsWith(prefix)).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))[0];
    if (first) return `${titles.get(first)} ${more} (${code})`;
  }
  return code;
}
