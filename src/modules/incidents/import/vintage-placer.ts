/**
 * Which buurt and wijk an event lies in, in the right area vintage (CBS indeling).
 *
 * Rule: an event is placed in the **newest loaded vintage whose year ≤ the event's year** (the
 * local year of its start); an event older than every vintage uses the oldest. So with vintages
 * 2020 and 2024 loaded, events of 2020–2023 get 2020 buurten and events of 2024 on get 2024
 * buurten. The locators of all vintages are built once, so `place` is synchronous; a grid in
 * front of each (grid-locator.ts) answers most points without a point-in-polygon test, and the
 * rest are tested against the edges near them only (banded-locator.ts; the same answers).
 */
import { vintageIndexOf, locatorOf, type LocatedArea, type VintageAreas } from '../../areas/index.ts';
import { BandedAreaLocator } from './banded-locator.ts';
import { GridLocator } from './grid-locator.ts';

export interface Placement {
  areaYear: number;
  buurtCode: string;
  wijkCode: string | null;
}

export class VintagePlacer {
  readonly #years: number[];
  readonly #locators: Map<number, Pick<GridLocator, 'year' | 'locate'>>;

  constructor(locators: Pick<GridLocator, 'year' | 'locate'>[]) {
    this.#locators = new Map(locators.map((l) => [l.year, l]));
    this.#years = [...this.#locators.keys()].sort((a, b) => a - b);
  }

  get years(): number[] {
    return this.#years;
  }

  /** The vintage year for an event of `eventYear` (see the rule above). */
  vintageFor(eventYear: number): number {
    let chosen = this.#years[0]!;
    for (const y of this.#years) if (y <= eventYear) chosen = y;
    return chosen;
  }

  /** The buurt and wijk at WGS84 (lon, lat) in the vintage of `eventYear`, or null outside every buurt. */
  place(lon: number, lat: number, eventYear: number): Placement | null {
    const areaYear = this.vintageFor(eventYear);
    const hit = this.locateIn(areaYear, lon, lat);
    return hit ? { areaYear, buurtCode: hit.buurt.code, wijkCode: hit.wijk?.code ?? null } : null;
  }

  /** The area at (lon, lat) in the loaded vintage `areaYear` (one of `years`), without a new object per point. */
  locateIn(areaYear: number, lon: number, lat: number): LocatedArea | null {
    return this.#locators.get(areaYear)!.locate(lon, lat);
  }
}

/** A placer over the given vintages (synchronous: grids and indexes are built here). */
export function placerOf(vintages: VintageAreas[]): VintagePlacer {
  return new VintagePlacer(
    vintages.map(
      (v) =>
        new GridLocator(
          BandedAreaLocator.handles(v) ? new BandedAreaLocator(v) : locatorOf(v.year, vintageIndexOf(v)),
          v.buurten.map((b) => b.geometry),
        ),
    ),
  );
}
