/** Finding a wijk or buurt by name or code for the Netwerk picker. Pure. */
export interface PickableArea {
  code: string;
  name: string;
  level: 'wijk' | 'buurt';
}

const norm = (s: string) => s.trim().toLowerCase();

/** The area a typed text names: an exact code or name first, else the only area whose name contains it; null when none or several. */
export function findArea(areas: readonly PickableArea[], text: string): PickableArea | null {
  const q = norm(text);
  if (!q) return null;
  const exact = areas.find((a) => norm(a.code) === q || norm(a.name) === q || norm(`${a.name} (${a.code})`) === q);
  if (exact) return exact;
  const partial = areas.filter((a) => norm(a.name).includes(q));
  return partial.length === 1 ? partial[0]! : null;
}

/** The option text of the list beside the search field. */
export const optionText = (a: PickableArea) => `${a.name} (${a.code})`;
