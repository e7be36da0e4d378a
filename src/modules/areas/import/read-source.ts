/** Reads an area file by its extension: .geojson/.json, .csv (hex WKB column) or .gpkg; text files must be UTF-8 (src/core/import-text.ts). */
import fs from 'node:fs/promises';
import path from 'node:path';
import { checkTextBytes } from '../../../core/import-text.ts';
import { parseGeoJson } from './read-geojson.ts';
import { parseWkbCsv } from './read-csv.ts';
import { sourceError, type SourceFile } from './source-feature.ts';

export async function readAreaFile(file: string, options: { layer?: string } = {}): Promise<SourceFile> {
  const name = path.basename(file);
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch (err) {
    throw sourceError(name, null, `cannot read the file (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
  const ext = path.extname(file).toLowerCase();
  if (ext === '.geojson' || ext === '.json' || ext === '.csv') checkTextBytes(name, bytes);
  if (ext === '.geojson' || ext === '.json') return parseGeoJson(name, bytes.toString('utf8').replace(/^\uFEFF/, ''));
  if (ext === '.csv') return parseWkbCsv(name, bytes.toString('utf8'));
  // sql.js (WebAssembly SQLite) is loaded only for a GeoPackage.
  if (ext === '.gpkg') return (await import('./read-gpkg.ts')).parseGeoPackage(name, new Uint8Array(bytes), options.layer);
  throw sourceError(name, null, `unknown file type '${ext}': use .geojson, .json, .csv (hex WKB geometry) or .gpkg`);
}
