/** The buurt of a case's address (for aggregate figures only): the address point from the geocoder, located in the areas. */
import type { ServiceContext } from '../../../core/context.ts';
import { getAreaLocator } from '../../areas/index.ts';
import { addressPointOf } from '../../geocoder/index.ts';

/** The CBS buurt code of the address, or null when the address or the areas are not known. */
export async function buurtOfAddress(ctx: ServiceContext, gemeente: string, address: string | null | undefined): Promise<string | null> {
  if (!address?.trim()) return null;
  try {
    const point = await addressPointOf(ctx.db, gemeente, address);
    if (!point) return null;
    const locator = await getAreaLocator(ctx, gemeente);
    return locator.locate(point.lon, point.lat)?.buurt.code ?? null;
  } catch {
    return null;
  }
}
