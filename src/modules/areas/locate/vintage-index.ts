/**
 * A vintage's buurten as plain data and the point-in-area locator over them, without the
 * database: the parallel incident import builds one per worker thread from data it is sent.
 */
import { AreaIndex, type LocatableArea } from './area-index.ts';
import type { AreaLocator } from './locate-service.ts';

/** The buurt index of a vintage plus the names of the wijken, to answer "which buurt and wijk". */
export interface VintageIndex {
  index: AreaIndex;
  wijken: Map<string, { code: string; name: string }>;
}

/** The buurten with a polygon (locatable) and the wijken of one vintage: plain data, e.g. for a worker thread. */
export interface VintageAreas {
  year: number;
  buurten: LocatableArea[];
  wijken: { code: string; name: string }[];
}

export function vintageIndexOf(areas: VintageAreas): VintageIndex {
  return { index: new AreaIndex(areas.buurten), wijken: new Map(areas.wijken.map((w) => [w.code, w])) };
}

/** A locator over a built index (also used where no database is at hand, e.g. a worker thread). */
export function locatorOf(year: number, { index, wijken }: VintageIndex): AreaLocator {
  return {
    year,
    locate(lon, lat) {
      const b = index.locate(lon, lat);
      if (!b) return null;
      return {
        buurt: { code: b.code, name: b.name, population: b.population, isWater: b.isWater },
        wijk: (b.parentCode && wijken.get(b.parentCode)) || null,
      };
    },
  };
}
