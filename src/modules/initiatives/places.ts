/**
 * Names and centre points of buurten, for lists and maps (through the areas module). The public
 * map shows an initiative at its buurt's centre, never at the spot the initiators gave.
 */
import type { ServiceContext } from '../../core/context.ts';
import { getArea, pointOnSurface, vintageYears } from '../areas/index.ts';

export interface BuurtPlace {
  name: string;
  point: { lat: number; lon: number } | null;
}

/** Centre points by vintage and code: buurt shapes change only with a new vintage. */
const centres = new Map<string, BuurtPlace | null>();

async function buurtPlace(ctx: ServiceContext, gemeente: string, year: number, code: string): Promise<BuurtPlace | null> {
  const key = `${gemeente}:${year}:${code}`;
  if (centres.has(key)) return centres.get(key) ?? null;
  let place: BuurtPlace | null = null;
  try {
    const area = await getArea(ctx, gemeente, code, year);
    const centre = area.geometry ? pointOnSurface(area.geometry) : null;
    place = { name: area.properties.name, point: centre ? { lon: centre[0]!, lat: centre[1]! } : null };
  } catch {
    place = null; // a code of an older indeling: no name or point in the newest vintage
  }
  centres.set(key, place);
  return place;
}

/** The buurten with these codes in the newest vintage (unknown codes are left out). */
export async function buurtPlaces(ctx: ServiceContext, gemeente: string, codes: readonly string[]): Promise<Map<string, BuurtPlace>> {
  const year = (await vintageYears(ctx, gemeente))[0];
  const out = new Map<string, BuurtPlace>();
  if (year === undefined) return out;
  for (const code of new Set(codes)) {
    const place = await buurtPlace(ctx, gemeente, year, code);
    if (place) out.set(code, place);
  }
  return out;
}
