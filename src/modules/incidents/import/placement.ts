/** Which buurt and wijk an event lies in: the areas of every loaded vintage, read for a placer (vintage-placer.ts holds the rule). */
import type { ServiceContext } from '../../../core/context.ts';
import { invalidInput } from '../../../core/errors.ts';
import { vintageAreas, vintageYears, type VintageAreas } from '../../areas/index.ts';
import { placerOf, type VintagePlacer } from './vintage-placer.ts';

/** The areas of every loaded vintage of `gemeente` (plain data: a worker thread builds its placer from it); 400 when none. */
export async function placerAreas(ctx: ServiceContext, gemeente: string): Promise<VintageAreas[]> {
  const years = (await vintageYears(ctx, gemeente)).reverse(); // oldest first
  if (years.length === 0) throw invalidInput([{ name: 'municipality', reason: `no areas loaded for ${gemeente}; import areas first` }]);
  return Promise.all(years.map((year) => vintageAreas(ctx.db, gemeente, year)));
}

/** A placer over every loaded vintage of `gemeente`; 400 when no areas are loaded. */
export async function vintagePlacer(ctx: ServiceContext, gemeente: string): Promise<VintagePlacer> {
  return placerOf(await placerAreas(ctx, gemeente));
}
