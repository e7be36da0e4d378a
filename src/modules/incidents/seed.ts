/**
 * First start: the crime-type code list, and the registered-crime tables named in the
 * municipality's manifest (`registeredCrime`), when none are loaded yet; with `synthetic: true`
 * then synthetic demo incidents drawn from those counts up to `now`, when the municipality has no
 * incidents (demo/demo-seed.ts). The server loads those through the demo runner instead
 * (`incidentsDemo`, demo/demo-content.ts); tests that bring their own events leave it off.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { ServiceContext } from '../../core/context.ts';
import { importCbsCrime } from './cbs-counts/cbs-crime-import.ts';
import { ensureCrimeTypes } from './crime-types.ts';
import { seedSyntheticIncidentsIfEmpty, type SyntheticSeedResult } from './demo/demo-seed.ts';

const crimeManifest = z.object({
  municipality: z.object({ code: z.string() }),
  registeredCrime: z
    .array(z.object({ file: z.string().min(1), table: z.string().min(1), areaYear: z.number().int().optional() }))
    .default([]),
});

export interface IncidentSeedResult {
  crimeTypes: number;
  countRows: number;
  files: string[];
  /** Synthetic incidents generated now (null: none, because incidents existed or no counts). */
  synthetic?: SyntheticSeedResult | null;
}

/** The start-up report lines of a seed result (for first-start.ts). */
export function describeIncidentSeed(r: IncidentSeedResult | null): string[] {
  if (!r) return [];
  const lines = r.countRows ? [`registered crime: ${r.countRows} area counts from ${r.files.join(', ')}`] : [];
  const s = r.synthetic;
  if (s) {
    const years = Object.entries(s.perYear)
      .map(([y, n]) => `${y}: ${n}`)
      .join(', ');
    lines.push(`synthetic demo incidents: ${s.incidents} (${years}; 2023 per buurt = registered totals) in ${s.seconds.toFixed(1)} s`);
  }
  return lines;
}

export async function seedIncidentsIfEmpty(
  ctx: ServiceContext,
  seedDir: string,
  options: { synthetic?: boolean; now?: Date } = {},
): Promise<IncidentSeedResult | null> {
  const counts = await seedCountsIfEmpty(ctx, seedDir);
  if (!options.synthetic || !counts.municipality) return counts.result;
  const synthetic = await seedSyntheticIncidentsIfEmpty(ctx, counts.municipality, options.now);
  if (!synthetic) return counts.result;
  return { ...(counts.result ?? { crimeTypes: 0, countRows: 0, files: [] }), synthetic };
}

async function seedCountsIfEmpty(
  ctx: ServiceContext,
  seedDir: string,
): Promise<{ municipality: string | null; result: IncidentSeedResult | null }> {
  const crimeTypes = await ensureCrimeTypes(ctx.db);
  const manifestFile = path.join(seedDir, 'manifest.json');
  if (!fs.existsSync(manifestFile)) return { municipality: null, result: crimeTypes ? { crimeTypes, countRows: 0, files: [] } : null };
  const manifest = crimeManifest.parse(JSON.parse(fs.readFileSync(manifestFile, 'utf8')));
  const municipality = manifest.municipality.code;
  const existing = await ctx.db
    .selectFrom('crime_counts')
    .select('area_code')
    .where('gemeente_code', '=', municipality)
    .limit(1)
    .executeTakeFirst();
  if (existing || manifest.registeredCrime.length === 0)
    return { municipality, result: crimeTypes ? { crimeTypes, countRows: 0, files: [] } : null };
  let countRows = 0;
  for (const entry of manifest.registeredCrime) {
    const summary = await importCbsCrime(ctx, {
      file: path.join(seedDir, entry.file),
      municipality,
      sourceTable: entry.table,
      ...(entry.areaYear ? { areaYear: entry.areaYear } : {}),
    });
    countRows += summary.rowsStored;
  }
  return { municipality, result: { crimeTypes, countRows, files: manifest.registeredCrime.map((e) => e.file) } };
}
