/** A category's slug derived from its name: lower case, diacritics removed, hyphens; unique per municipality. Pure. */

const MAX_SLUG = 60;

/** "Overlast van één café" → "overlast-van-een-cafe"; empty when the name has no letters or digits. */
export function slugFromName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_SLUG)
    .replace(/-+$/g, '');
}

/** The base, or base-2, base-3 … when taken (the suffix keeps the slug within 60 characters). */
export function uniqueSlug(base: string, taken: ReadonlySet<string>): string {
  const root = base || 'categorie';
  if (!taken.has(root)) return root;
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const candidate = `${root.slice(0, MAX_SLUG - suffix.length).replace(/-+$/g, '')}${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}
