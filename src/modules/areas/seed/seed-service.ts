/**
 * First-start seed: loads the areas a seed directory describes (data/gmXXXX/manifest.json)
 * when the municipality has none yet. Idempotent (returns null when areas exist) and all or
 * nothing (one transaction, serialised by an advisory lock so two starting servers cannot both seed).
 */
import { authorize, type ServiceContext } from '../../../core/context.ts';
import { invalidateAreaIndex } from '../locate/area-index-cache.ts';
import { rebuildRelations } from '../import/import-service.ts';
import { readManifest } from './manifest.ts';
import { readSeedPlan } from './seed-plan.ts';
import { countAreas, insertVintage, lockAreas, upsertMunicipality } from '../area-store.ts';

export interface SeedResult {
  municipality: string;
  years: number[];
  areas: number;
}

export async function seedAreasIfEmpty(ctx: ServiceContext, seedDir: string): Promise<SeedResult | null> {
  authorize(ctx, 'areas:import');
  const { municipality } = readManifest(seedDir);
  if ((await countAreas(ctx.db, municipality.code)) > 0) return null;
  const plan = await readSeedPlan(seedDir);
  const result = await ctx.db.transaction().execute(async (tx) => {
    await lockAreas(tx, municipality.code);
    if ((await countAreas(tx, municipality.code)) > 0) return null;
    await upsertMunicipality(tx, municipality.code, municipality.name);
    for (const vintage of plan.vintages) await insertVintage(tx, vintage);
    await rebuildRelations(tx, municipality.code);
    return {
      municipality: municipality.code,
      years: plan.vintages.map((v) => v.year),
      areas: plan.vintages.reduce((n, v) => n + v.areas.length, 0),
    };
  });
  if (result) invalidateAreaIndex(ctx.db, municipality.code);
  return result;
}
