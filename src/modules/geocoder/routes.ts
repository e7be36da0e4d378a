/**
 * Public address search under /api/v1/addresses: type-ahead and the address at a point, for the
 * residents' report form and other public pages. Public data only (BAG addresses, PDOK, CBS area
 * names): no login, no audit; limited per IP like the other light public endpoints.
 */
import type { RouteModule } from '../../core/module-contract.ts';
import { problemReply } from '../../core/problem-schema.ts';
import { reversePlace, searchPlaces, type AddressEnv } from './address-search-service.ts';
import { reverseQuery, reverseReply, searchQuery, searchReply } from './schema.ts';

const tags = ['addresses'];

export const addressRoutes: RouteModule = (app, { config }) => {
  const env: AddressEnv = { gemeente: config.municipality, mode: config.addressSearch, pdokUrl: config.pdokLocatieserverUrl };
  const lightLimit = { rateLimit: { max: Math.max(60, config.signalIntakePerMinute * 6), timeWindow: '1 minute' } };

  app.get(
    '/addresses/search',
    {
      config: lightLimit,
      schema: {
        tags,
        summary: 'Find an address, street, buurt or wijk of the municipality (type-ahead)',
        description:
          'At most 8 results with their point and buurt: addresses ("Voorstraat 12", "voorstr 12a", "3311AB 12", "3311 ab"), ' +
          'streets alone (at their first number), then buurt and wijk names. `source` says who answered (STADSVEILIG_ADDRESS_SEARCH).',
        querystring: searchQuery,
        response: { 200: searchReply, 400: problemReply },
      },
    },
    async (request) => searchPlaces(request.ctx, env, request.query.q),
  );

  app.get(
    '/addresses/reverse',
    {
      config: lightLimit,
      schema: {
        tags,
        summary: 'The address and buurt at a point',
        description: 'The nearest address within 50 m (label, distance in metres) and the buurt; no address near → the buurt only.',
        querystring: reverseQuery,
        response: { 200: reverseReply, 400: problemReply },
      },
    },
    async (request) => reversePlace(request.ctx, env, request.query.lat, request.query.lon),
  );
};
