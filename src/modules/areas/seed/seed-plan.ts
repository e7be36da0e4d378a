/**
 * Reads a seed directory (manifest.json and the files it names) into
 * vintages, oldest first. Pure file work, no database.
 */
import path from 'node:path';
import type { VintageRecord, WijkInput } from '../vintages/area-record.ts';
import { buildVintage } from '../vintages/build-vintage.ts';
import { codeListVintage } from './code-list-vintage.ts';
import { readManifest, type Manifest, type MapVintageSpec } from './manifest.ts';
import { buurtenFromSource, wijkenFromSource } from '../import/normalize-source.ts';
import { readAreaFile } from '../import/read-source.ts';
import { detectSourceCrs } from '../import/source-crs.ts';

export interface SeedPlan {
  manifest: Manifest;
  vintages: VintageRecord[];
}

async function mapVintage(dir: string, manifest: Manifest, spec: MapVintageSpec): Promise<VintageRecord> {
  const code = manifest.municipality.code;
  const source = await readAreaFile(path.join(dir, spec.buurten.file), { layer: spec.buurten.layer });
  const { buurten } = buurtenFromSource(source, detectSourceCrs(source, spec.buurten.crs), code);
  let wijken: Map<string, WijkInput> | undefined;
  if (spec.wijken) {
    const wijkSource = await readAreaFile(path.join(dir, spec.wijken.file), { layer: spec.wijken.layer });
    wijken = wijkenFromSource(wijkSource, detectSourceCrs(wijkSource, spec.wijken.crs), code);
  }
  return buildVintage({
    municipality: manifest.municipality,
    year: spec.year,
    source: spec.source,
    populationYear: spec.populationYear,
    note: spec.note ?? null,
    buurten,
    wijken,
  });
}

export async function readSeedPlan(seedDir: string): Promise<SeedPlan> {
  const manifest = readManifest(seedDir);
  const specs = [...manifest.vintages].sort((a, b) => a.year - b.year);
  const vintages: VintageRecord[] = [];
  for (const spec of specs) {
    vintages.push(spec.kind === 'map' ? await mapVintage(seedDir, manifest, spec) : codeListVintage(seedDir, manifest, spec, vintages));
  }
  return { manifest, vintages };
}
