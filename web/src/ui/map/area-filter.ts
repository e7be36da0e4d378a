/** Searching and sorting the list of areas. Pure. */
import type { AreaProperties } from '../../api/types.ts';

/** Lower case without diacritics, so "Dubbeldam" matches "dubbeldam" and "Crabbehof" "crabbehof". */
export function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .trim();
}

/** True when every word of the query occurs in the name or the code. */
export function matchesQuery(area: Pick<AreaProperties, 'name' | 'code'>, query: string): boolean {
  const words = normalise(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = `${normalise(area.name)} ${normalise(area.code)}`;
  return words.every((w) => haystack.includes(w));
}

export function sortByName<T extends Pick<AreaProperties, 'name' | 'code'>>(areas: readonly T[], locale = 'nl'): T[] {
  return [...areas].sort((a, b) => a.name.localeCompare(b.name, locale) || a.code.localeCompare(b.code));
}

export function filterAreas<T extends Pick<AreaProperties, 'name' | 'code'>>(areas: readonly T[], query: string): T[] {
  return areas.filter((a) => matchesQuery(a, query));
}
