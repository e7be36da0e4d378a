/**
 * First start: the crime-type code list, and the registered-crime tables named in the
 * municipality's manifest (`registeredCrime`), when none are loaded yet.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { ServiceContext } from '../../core/context.ts';
import { importCbsCrime } from './cbs-crime-import.ts';
import { ensureCrimeTypes } from './crime-types.ts';

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
}

export async function seedIncidentsIfEmpty(ctx: ServiceContext, seedDir: string): Promise<IncidentSeedResult | null> {
  const crimeTypes = await ensureCrimeTypes(ctx.db);
  const manifestFile = path.join(seedDir, 'manifest.json');
  if (!fs.existsSync(manifestFile)) return crimeTypes ? { crimeTypes, countRows: 0, files: [] } : null;
  const manifest = crimeManifest.parse(JSON.parse(fs.readFileSync(manifestFile, 'utf8')));
  const municipality = manifest.municipality.code;
  const existing = await ctx.db
    .selectFrom('crime_counts')
    .select('area_code')
    .where('gemeente_code', '=', municipality)
    .limit(1)
    .executeTakeFirst();
  if (existing || manifest.registeredCrime.length === 0) return crimeTypes ? { crimeTypes, countRows: 0, files: [] } : null;
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
  return { crimeTypes, countRows, files: manifest.registeredCrime.map((e) => e.file) };
}
