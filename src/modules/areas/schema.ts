/** Zod schemas of the areas API: query strings, replies, and their OpenAPI descriptions. */
import { z } from 'zod';

export const AREA_CODE = /^(GM|WK|BU)\d{4,8}$/;

const year = z.coerce.number().int().min(1900).max(2200).describe('CBS vintage (indeling) year; default: the newest loaded');
const level = z.enum(['gemeente', 'wijk', 'buurt']);

export const listQuery = z.object({
  level: level.default('buurt').describe('Area level; default buurt'),
  year: year.optional(),
});

export const codeParams = z.object({
  code: z.string().regex(AREA_CODE, 'must be a CBS area code such as GM0505, WK050501 or BU05050100'),
});

export const yearQuery = z.object({ year: year.optional() });

const coordinate = (min: number, max: number, what: string) =>
  z.coerce
    .number({ error: `must be a number (${what})` })
    .min(min, `must be at least ${min} (${what})`)
    .max(max, `must be at most ${max} (${what})`)
    .optional();

/**
 * Either `lat` and `lon` (WGS84 degrees) or `x` and `y` (RD New metres), never a mix.
 * Every missing or invalid field is reported in `errors[]`.
 */
export const locateQuery = z
  .object({
    lat: coordinate(-90, 90, 'WGS84 latitude, degrees'),
    lon: coordinate(-180, 180, 'WGS84 longitude, degrees'),
    x: coordinate(-7000, 300000, 'RD New x, metres'),
    y: coordinate(289000, 629000, 'RD New y, metres'),
    year: year.optional(),
  })
  .superRefine(
    (q, ctx) => {
      const wgs = q.lat !== undefined || q.lon !== undefined;
      const rd = q.x !== undefined || q.y !== undefined;
      if (wgs && rd) {
        for (const path of ['lat', 'lon', 'x', 'y'] as const) {
          if (q[path] !== undefined)
            ctx.addIssue({ code: 'custom', path: [path], message: 'give either lat and lon, or x and y, not both' });
        }
        return;
      }
      const pair: [string, string] = rd ? ['x', 'y'] : ['lat', 'lon'];
      for (const path of pair) {
        if (q[path as keyof typeof q] === undefined)
          ctx.addIssue({ code: 'custom', path: [path], message: `required (give ${pair.join(' and ')})` });
      }
    },
    { when: () => true },
  ); // also when a field failed, so every problem is reported at once

const position = z.array(z.number()).min(2);
const geometry = z
  .union([
    z.object({ type: z.literal('Polygon'), coordinates: z.array(z.array(position)) }),
    z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(z.array(position))) }),
  ])
  .nullable()
  .describe('GeoJSON Polygon or MultiPolygon in WGS84 (lon, lat); null when no polygon is known for this vintage');

export const areaProperties = z.object({
  code: z.string(),
  name: z.string(),
  level,
  parentCode: z.string().nullable(),
  year: z.number().int(),
  population: z.number().int().nullable().describe('Inhabitants (CBS, rounded to 5); wijk and gemeente values are sums of buurt values'),
  populationYear: z.number().int().nullable(),
  geometryYear: z.number().int().nullable().describe('Vintage the polygon was drawn for; may be older than year'),
  note: z.string().nullable(),
  isWater: z.boolean(),
});

const areaFeature = z.object({
  type: z.literal('Feature'),
  id: z.string(),
  properties: areaProperties,
  geometry,
});

export const areaCollection = z.object({
  type: z.literal('FeatureCollection'),
  year: z.number().int(),
  level,
  features: z.array(areaFeature),
});

const areaSummary = z.object({ code: z.string(), name: z.string(), level, population: z.number().int().nullable() });

export const areaDetail = areaFeature.extend({
  bbox: z.array(z.number()).length(4).optional().describe('[minLon, minLat, maxLon, maxLat]'),
  parent: areaSummary.nullable(),
  children: z.array(areaSummary),
  relations: z
    .array(
      z.object({
        fromYear: z.number().int(),
        fromCode: z.string(),
        toYear: z.number().int(),
        toCode: z.string().nullable(),
        relation: z.string(),
      }),
    )
    .describe('Code-to-code relations between vintages (same, new, discontinued, …)'),
});

export const vintageList = z.array(
  z.object({
    year: z.number().int(),
    source: z.string(),
    populationYear: z.number().int().nullable(),
    note: z.string().nullable(),
    loadedAt: z.string(),
    counts: z.object({ gemeente: z.number().int(), wijk: z.number().int(), buurt: z.number().int() }),
    population: z.number().int().nullable().describe('Sum of buurt populations'),
    areasWithoutGeometry: z.array(z.string()),
  }),
);

export const locateReply = z.object({
  year: z.number().int(),
  point: z.object({ lat: z.number(), lon: z.number(), x: z.number(), y: z.number() }),
  buurt: z.object({ code: z.string(), name: z.string(), population: z.number().int().nullable(), isWater: z.boolean() }),
  wijk: z.object({ code: z.string(), name: z.string() }).nullable(),
});
