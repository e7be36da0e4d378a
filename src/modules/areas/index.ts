/**
 * The areas module — Gemeente, wijken and buurten per CBS vintage; locating a point.
 * This file is the module's only public surface: other modules, the HTTP app and the CLI import
 * from here, never from the module's other files.
 */
import type { PlatformModule } from '../../core/module-contract.ts';
import { registerAreaCli } from './cli.ts';
import { areasRoutes } from './routes.ts';

export const areasModule: PlatformModule = { name: 'areas', routes: [areasRoutes], cli: registerAreaCli };

// The public surface other modules use.
export { vintageAreas } from './area-index-cache.ts';
export { RD_NEW, crsFromCoordinates, crsFromName, isInRdBounds, rdToWgs84, wgs84ToRd } from './crs.ts';
export { bboxOf, polygonsOf, unionBBox } from './geometry-ops.ts';
export type { BBox } from './geometry-ops.ts';
export type { Geometry } from './geometry-types.ts';
export { isKnownArea } from './known-area.ts';
export { getAreaLocator, normalizePoint } from './locate-service.ts';
export type { AreaLocator, LocateInput, LocatedArea } from './locate-service.ts';
export { readManifest } from './manifest.ts';
export { pointFromText } from './point-text.ts';
export { seedAreasIfEmpty } from './seed.ts';
export { areaNames, getArea, listAreas, listVintages } from './service.ts';
export type { AreaDetail } from './service.ts';
export type { AreaLevel } from './tables.ts';
export { locatorOf, vintageIndexOf } from './vintage-index.ts';
export type { VintageAreas } from './vintage-index.ts';
