/**
 * Which CBS areas overlap: a gemeente (GM0505) holds its wijken (WK050503), a wijk its buurten
 * (BU05050301) — the digits of the larger area are a prefix of the smaller one's. A partner or
 * agreement without areas works city-wide and overlaps every area.
 */

const digits = (code: string) => code.slice(2);

/** Whether area a lies in b, b in a, or they are the same area. */
export function areasNest(a: string, b: string): boolean {
  const da = digits(a);
  const db = digits(b);
  return da.startsWith(db) || db.startsWith(da);
}

/** Whether a row working in `codes` (none: city-wide) works in, around or inside one of `wanted`. */
export function worksIn(codes: readonly string[], wanted: readonly string[]): boolean {
  if (codes.length === 0) return true;
  return codes.some((c) => wanted.some((w) => areasNest(c, w)));
}

/** Whether a row working in `codes` (none: city-wide) names one of `scope` exactly (an area network's codes). */
export function listedIn(codes: readonly string[], scope: readonly string[]): boolean {
  return codes.length === 0 || codes.some((c) => scope.includes(c));
}
