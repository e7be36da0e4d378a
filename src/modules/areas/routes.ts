/**
 * Areas API under /api/v1/areas. Public (CBS aggregate data, nothing personal): no login, no audit.
 * Thin handlers: validate (zod) → service → reply. `/areas/vintages` and `/areas/locate` are static
 * routes, which Fastify matches before the parametric `/areas/:code` (whose code is also validated).
 */
import type { RouteModule } from '../../core/module-contract.ts';
import { locatePoint } from './locate/locate-service.ts';
import { problemReply } from '../../core/problem-schema.ts';
import { areaCollection, areaDetail, codeParams, listQuery, locateQuery, locateReply, vintageList, yearQuery } from './schema.ts';
import { getArea, listAreas, listVintages } from './area-service.ts';

const tags = ['areas'];

const vintagesSchema = {
  tags,
  summary: 'Loaded CBS vintages (indelingen)',
  description: 'Every loaded vintage, newest first: source, counts per level, buurt population total and the areas without polygon.',
  response: { 200: vintageList },
};

const locateSchema = {
  tags,
  summary: 'Find the buurt and wijk of a point',
  description:
    'Give `lat` and `lon` (WGS84) or `x` and `y` (RD New, EPSG:28992), not both. A point strictly inside a polygon wins; ' +
    'a point on a shared border goes to the buurt with the lowest code. 404 when the point lies in no buurt polygon.',
  querystring: locateQuery,
  response: { 200: locateReply, 400: problemReply, 404: problemReply },
};

const listSchema = {
  tags,
  summary: 'Areas of one level and vintage as GeoJSON',
  description:
    'A GeoJSON FeatureCollection (application/geo+json) of the gemeente, its wijken or its buurten (default) for a CBS vintage ' +
    '(default: the newest). Feature id = CBS code. 404 listing the available years for an unknown year.',
  querystring: listQuery,
  response: { 200: areaCollection, 400: problemReply, 404: problemReply },
};

const detailSchema = {
  tags,
  summary: 'One area with its polygon, parent and children',
  description:
    'The area with `code` in a vintage (default: the newest), its bounding box, parent and children summaries and its relations to other vintages.',
  params: codeParams,
  querystring: yearQuery,
  response: { 200: areaDetail, 400: problemReply, 404: problemReply },
};

export const areasRoutes: RouteModule = (app, { config }) => {
  const gemeente = config.municipality;

  app.get('/areas/vintages', { schema: vintagesSchema }, async (request) => listVintages(request.ctx, gemeente));

  app.get('/areas/locate', { schema: locateSchema }, async (request) => {
    const { lat, lon, x, y, year } = request.query;
    const point = x !== undefined && y !== undefined ? { x, y } : { lat: lat!, lon: lon! };
    return locatePoint(request.ctx, gemeente, point, year);
  });

  app.get('/areas', { schema: listSchema }, async (request, reply) => {
    const collection = await listAreas(request.ctx, gemeente, request.query);
    return reply.type('application/geo+json').send(collection);
  });

  app.get('/areas/:code', { schema: detailSchema }, async (request) =>
    getArea(request.ctx, gemeente, request.params.code, request.query.year),
  );
};
