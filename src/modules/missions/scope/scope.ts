/**
 * The area a mission works in (its scope), as stored in `missions.scope`:
 * - `buurten`: CBS buurt codes of one indeling (vintage year);
 * - `cells`: square grid cells in RD New (EPSG:28992) metres, given by their south-west corners,
 *   aligned to multiples of `cellSize` as the analysis grids are (analysis/grid-counts.ts);
 * - `polygon`: a GeoJSON Polygon or MultiPolygon in WGS84 (lon, lat), drawn on the map.
 */
import { z } from 'zod';

const position = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);
const ring = z.array(position).min(4, 'een ring heeft minstens 4 punten nodig (gesloten)');

export const buurtCode = z.string().regex(/^BU\d{8}$/, 'moet een CBS-buurtcode zijn (BU + 8 cijfers)');

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
      if (x % s.cellSize !== 0 || y % s.cellSize !== 0)
        ctx.addIssue({ code: 'custom', path: ['cells', i], message: 'de hoek moet een veelvoud van cellSize zijn' });
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

/** How many buurten a description names before "en nog N". */
export const DESCRIBED_BUURTEN = 3;

/**
 * A short Dutch description of a scope, for lists and method texts: buurt names from the scope's
 * indeling where known, with their codes ("buurt Nieuwe Haven en omgeving (BU05050100), indeling 2024").
 */
export function describeScope(scope: Scope, names: Map<string, string> = new Map()): string {
  switch (scope.kind) {
    case 'buurten': {
      const shown = scope.codes.slice(0, DESCRIBED_BUURTEN).map((c) => (names.has(c) ? `${names.get(c)} (${c})` : c));
      const more = scope.codes.length > DESCRIBED_BUURTEN ? ` en nog ${scope.codes.length - DESCRIBED_BUURTEN}` : '';
      const list = shown.length > 1 && !more ? `${shown.slice(0, -1).join(', ')} en ${shown.at(-1)}` : shown.join(', ');
      return `${scope.codes.length > 1 ? 'buurten' : 'buurt'} ${list}${more}, indeling ${scope.year}`;
    }
    case 'cells':
      return `${scope.cells.length} ${scope.cells.length > 1 ? 'rastercellen' : 'rastercel'} van ${scope.cellSize} m`;
    case 'polygon':
      return 'een getekend gebied';
  }
}
