/**
 * `data/gmXXXX/manifest.json`: which municipality a seed directory describes and how each
 * vintage is built, so no municipality is hard-coded. Two kinds of vintage:
 * - `map`: a CBS wijk- en buurtkaart buurten file (GeoJSON, CSV with WKB, GeoPackage),
 *   optionally a wijken file for wijk polygons (else they are dissolved from the buurten);
 * - `code-list`: a CBS code list (codes and names of the indeling) plus a population table,
 *   with polygons borrowed from an earlier `map` vintage for codes that exist there.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

const fileRef = z.object({ file: z.string().min(1) });
const crs = z.enum(['EPSG:28992', 'EPSG:4326']);

const vintageBase = z.object({
  year: z.number().int().min(1900).max(2200),
  source: z.string().min(1),
  populationYear: z.number().int().nullable(),
  note: z.string().optional(),
});

const mapVintage = vintageBase.extend({
  kind: z.literal('map'),
  buurten: fileRef.extend({ crs: crs.optional(), layer: z.string().optional() }),
  wijken: fileRef.extend({ crs: crs.optional(), layer: z.string().optional() }).optional(),
});

const codeListVintage = vintageBase.extend({
  kind: z.literal('code-list'),
  codeList: fileRef.extend({ codeColumn: z.string().default('Key'), nameColumn: z.string().default('Title') }),
  population: fileRef.extend({ codeColumn: z.string(), valueColumn: z.string() }).optional(),
  geometryFrom: z.number().int().optional(),
});

export const manifestSchema = z.object({
  municipality: z.object({ code: z.string().regex(/^GM\d{4}$/), name: z.string().min(1) }),
  attribution: z.string().optional(),
  vintages: z.array(z.discriminatedUnion('kind', [mapVintage, codeListVintage])).min(1),
});

export type Manifest = z.infer<typeof manifestSchema>;
export type MapVintageSpec = z.infer<typeof mapVintage>;
export type CodeListVintageSpec = z.infer<typeof codeListVintage>;

export class ManifestError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ManifestError';
  }
}

export function readManifest(seedDir: string): Manifest {
  const file = path.join(seedDir, 'manifest.json');
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (err) {
    throw new ManifestError(`${file}: cannot read the seed manifest (${(err as Error).message})`);
  }
  const parsed = manifestSchema.safeParse(raw);
  if (!parsed.success) {
    const first = parsed.error.issues[0]!;
    throw new ManifestError(`${file}: ${first.path.join('.') || '(root)'}: ${first.message}`);
  }
  const years = parsed.data.vintages.map((v) => v.year);
  if (new Set(years).size !== years.length) throw new ManifestError(`${file}: a vintage year occurs twice`);
  return parsed.data;
}
