/** Request and reply shapes of the geocoder's public routes (zod; OpenAPI is generated from these). */
import { z } from 'zod';

export const searchQuery = z.object({
  q: z
    .string()
    .trim()
    .min(2, 'type at least 2 characters')
    .max(100, 'must be at most 100 characters')
    .describe('Street (+ number), postcode (+ number), woonplaats optional, or a buurt or wijk name'),
});

export const reverseQuery = z.object({
  lat: z.coerce.number().min(-90).max(90).describe('WGS84 latitude'),
  lon: z.coerce.number().min(-180).max(180).describe('WGS84 longitude'),
});

const source = z.enum(['bag', 'pdok', 'areas']).describe('Who answered: loaded BAG address points, PDOK Locatieserver, or area names only');

export const placeResult = z.object({
  kind: z.enum(['address', 'street', 'buurt', 'wijk']),
  label: z.string().describe('"Voorstraat 12A, 3311 AB Dordrecht", "Voorstraat, Dordrecht" or a buurt/wijk name'),
  lat: z.number(),
  lon: z.number(),
  buurtCode: z.string().nullable(),
  buurtName: z.string().nullable(),
});

export const searchReply = z.object({ source, results: z.array(placeResult) });

export const reverseReply = z.object({
  source,
  address: z
    .object({ label: z.string(), lat: z.number(), lon: z.number(), distance: z.number().describe('Metres from the point') })
    .nullable()
    .describe('The nearest address within 50 m, or null'),
  buurt: z.object({ code: z.string(), name: z.string() }).nullable().describe('The buurt at the point, or null outside the municipality'),
});
