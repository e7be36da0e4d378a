/**
 * The effect of a closure (art. 13b Opiumwet, art. 174a Gemeentewet) around its address: the
 * missions effect engine (Poisson DiD against comparison buurten, WDD with a buffer ring for
 * displacement) for a circle around the address, before and after measure_start. Figures follow
 * the missions disclosure rule for the caller; the decision's own access first.
 */
import { z } from 'zod';
import type { Config } from '../../../core/config.ts';
import type { ServiceContext } from '../../../core/context.ts';
import { conflict } from '../../../core/errors.ts';
import { normalizePoint } from '../../areas/index.ts';
import { missionSettings, type PolygonScope, placeEffect } from '../../missions/index.ts';
import { decisionForCaller } from '../measures/decision-access.ts';

export const closureEffectQuery = z.object({
  radius: z.coerce.number().int().min(50).max(1000).default(150).describe('Radius of the circle around the address in metres'),
  ring: z.coerce.number().int().min(50).max(2000).default(250).describe('Width of the displacement ring around the circle in metres'),
  crimeTypes: z
    .string()
    .regex(/^[0-9.*]+(,[0-9.*]+)*$/, 'codes als 1.1.1 of 1.4.*, gescheiden door komma’s')
    .optional()
    .describe('Crime types (comma-separated); default all'),
});
export type ClosureEffectQuery = z.infer<typeof closureEffectQuery>;

const SIDES = 48;

/** A circle of `metres` around (lon, lat) as a WGS84 polygon, sides placed in RD New metres. */
export function circleAround(lon: number, lat: number, metres: number): PolygonScope {
  const centre = normalizePoint({ lon, lat });
  // metres per degree at this latitude, from the projection itself
  const east = normalizePoint({ lon: lon + 0.01, lat });
  const north = normalizePoint({ lon, lat: lat + 0.01 });
  const perLon = Math.hypot(east.x - centre.x, east.y - centre.y) / 0.01;
  const perLat = Math.hypot(north.x - centre.x, north.y - centre.y) / 0.01;
  const ring: [number, number][] = [];
  for (let i = 0; i <= SIDES; i++) {
    const a = ((i % SIDES) / SIDES) * 2 * Math.PI;
    ring.push([lon + (metres * Math.cos(a)) / perLon, lat + (metres * Math.sin(a)) / perLat]);
  }
  return { kind: 'polygon', geometry: { type: 'Polygon', coordinates: [ring] } };
}

export async function closureEffect(ctx: ServiceContext, config: Config, id: string, q: ClosureEffectQuery, now = new Date()) {
  const gemeente = config.municipality;
  const row = await decisionForCaller(ctx, gemeente, id);
  if (row.measure_kind !== 'closure')
    throw conflict(`Besluit ${row.number} is geen sluiting; het effect rond een adres geldt voor sluitingen.`);
  if (row.lon === null || row.lat === null)
    throw conflict(`Besluit ${row.number} heeft geen adres op de kaart; zonder adres is er geen omgeving om te meten.`);
  const crimeTypes = q.crimeTypes ? q.crimeTypes.split(',') : [];
  const effect = await placeEffect(
    ctx,
    missionSettings(config),
    {
      gemeente,
      scope: circleAround(row.lon, row.lat, q.radius),
      crimeTypes,
      start: row.measure_start,
      settings: { ringMetres: q.ring },
    },
    now,
  );
  return {
    decisionId: id,
    number: row.number,
    start: row.measure_start,
    radiusMetres: q.radius,
    ringMetres: q.ring,
    crimeTypes,
    ...effect,
  };
}
