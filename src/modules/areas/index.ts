/**
 * The areas module — Gemeente, wijken and buurten per CBS vintage; locating a point.
 * This file is the module's public surface: other modules, the HTTP app and the CLI import
 * from here, never from the module's other files. Its routes and commands are in module.ts.
 */

export { vintageAreas } from './locate/area-index-cache.ts';
export { RD_NEW, crsFromCoordinates, crsFromName, isInRdBounds, rdToWgs84, wgs84ToRd } from './geometry/crs.ts';
export { bboxOf, pointOnSurface, polygonsOf, unionBBox } from './geometry/geometry-ops.ts';
export type { BBox } from './geometry/geometry-ops.ts';
export type { Geometry } from './geometry/geometry-types.ts';
export { getAreaLocator, normalizePoint } from './locate/locate-service.ts';
export type { AreaLocator, LocateInput, LocatedArea } from './locate/locate-service.ts';
export { readManifest } from './seed/manifest.ts';
export { pointFromText } from './geometry/point-text.ts';
export { seedAreasIfEmpty } from './seed/seed-service.ts';
export { areaHierarchy, areaNames, getArea, isKnownArea, knownAreaCodes, listAreas, listVintages, vintageYears } from './area-service.ts';
export type { AreaDetail } from './area-service.ts';
export type { AreaNode } from './area-store.ts';
export type { AreaLevel } from './tables.ts';
export { locatorOf, vintageIndexOf } from './locate/vintage-index.ts';
export type { VintageAreas } from './locate/vintage-index.ts';
export type { Crs } from './geometry/crs.ts';
export type { ImportOptions as AreaImportOptions, ImportSummary as AreaImportSummary } from './import/import-service.ts';
export { formatAreaImportSummary } from './import/summary-text.ts';

/**
 * Imports one vintage (import/import-service.ts; used by the imports module). Loaded on first use, so
 * code that only locates points (the incident import's worker threads) does not load the file readers.
 */
export async function importAreas(
  ...args: Parameters<typeof import('./import/import-service.ts').importAreas>
): ReturnType<typeof import('./import/import-service.ts').importAreas> {
  return (await import('./import/import-service.ts')).importAreas(...args);
}
