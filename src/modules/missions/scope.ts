/**
 * The area a mission works in (its scope), as stored in `missions.scope`:
 * - `buurten`: CBS buurt codes of one indeling (vintage year);
 * - `cells`: square grid cells in RD New (EPSG:28992) metres, given by their south-west corners,
 *   aligned to multiples of `cellSize` as the analysis grids are (analysis/grid-counts.ts);
 * - `polygon`: a GeoJSON Polygon or MultiPolygon in WGS84 (lon, lat), drawn on the map.
 */
import { z } from 'zod';

const position = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);
const ring = z.array(position).min(4, 'a ring needs at least 4 positions (closed)');

export const buurtCode = z.string().regex(/^BU\d{8}$/, 'must be a CBS buurt code (BU + 8 digits)');

export const scopeSchema = z
  .discriminatedUnion('kind', [
    z.object({
      kind: z.literal('buurten'),
      year: z.number().int().min(2000).max(2100).describe('CBS indeling (vintage) of the codes'),
      codes: z.array(buurtCode).min(1).max(300),
    }),
    z.object({
      kind: z.literal('cells'),
      cellSize: z.number().int().min(25).max(5000).describe('Cell size in metres'),
      cells: z
        .array(z.tuple([z.number(), z.number()]))
        .min(1)
        .max(20000)
        .describe('South-west corners in RD New metres, multiples of cellSize (as the analysis grid)'),
    }),
    z.object({
      kind: z.literal('polygon'),
      geometry: z.discriminatedUnion('type', [
        z.object({ type: z.literal('Polygon'), coordinates: z.array(ring).min(1) }),
        z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(ring).min(1)).min(1) }),
      ]),
    }),
  ])
  .superRefine((s, ctx) => {
    if (s.kind !== 'cells') return;
    s.cells.forEach(([x, y], i) => {
      if (x % s.cellSize !== 0 || y % s.cellSize !== 0) ctx.addIssue({ code: 'custom', path: ['cells', i], message: 'corner must be a multiple of cellSize' });
    });
  })
  .describe('Mission area: buurten, grid cells or a drawn polygon');

export type Scope = z.infer<typeof scopeSchema>;
export type CellsScope = Extract<Scope, { kind: 'cells' }>;
export type PolygonScope = Extract<Scope, { kind: 'polygon' }>;

/** Rings of a polygon scope as lists of polygons (each: outer ring + holes). */
export function polygonsOfScope(scope: PolygonScope): [number, number][][][] {
  return scope.geometry.type === 'Polygon' ? [scope.geometry.coordinates] : scope.geometry.coordinates;
}

/** A short human description of a scope, for lists and method texts. */
export function describeScope(scope: Scope, names: Map<string, string> = new Map()): string {
  switch (scope.kind) {
    case 'buurten': {
      const shown = scope.codes.slice(0, 3).map((c) => names.get(c) ?? c);
      const more = scope.codes.length > 3 ? ` and ${scope.codes.length - 3} more` : '';
      return `buurt${scope.codes.length > 1 ? 'en' : ''} ${shown.join(', ')}${more} (indeling ${scope.year})`;
    }
    case 'cells':
      return `${scope.cells.length} grid cell${scope.cells.length > 1 ? 's' : ''} of ${scope.cellSize} m`;
    case 'polygon':
      return 'a drawn area';
  }
}
