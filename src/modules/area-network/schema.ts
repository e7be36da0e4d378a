/** Zod schemas of the area-network API (the item shape is AreaNetworkItem of core/module-contract.ts). */
import { z } from 'zod';
import { AREA_NETWORK_KEYS, type AreaNetworkKey } from '../../core/module-contract.ts';

export { problemReply } from '../../core/problem-schema.ts';

export const areaParams = z.object({
  code: z
    .string()
    .regex(/^(GM\d{4}|WK\d{6}|BU\d{8})$/, 'moet een CBS-gebiedscode zijn, zoals WK050501 of BU05050100')
    .describe('CBS area code: the gemeente (GM…), a wijk (WK…) or a buurt (BU…)'),
});

const sectionKey = z.enum(AREA_NETWORK_KEYS);

export const networkItem = z.object({
  id: z.string(),
  title: z.string(),
  kind: z.string().describe('Type code the web app translates (housing-corporation, convenant, mission, hinderlijk, …)'),
  status: z.string().nullable().optional(),
  detail: z.string().nullable().optional().describe('One line of detail in Dutch'),
  areaCodes: z.array(z.string()).readonly(),
  geometry: z
    .object({ type: z.enum(['Point', 'Polygon', 'MultiPolygon']), coordinates: z.unknown() })
    .nullable()
    .optional()
    .describe('GeoJSON geometry (WGS84) for the network map'),
  warning: z.string().nullable().optional().describe('Something that needs attention, in Dutch'),
  figures: z
    .array(
      z.object({
        label: z.string(),
        value: z.number().nullable().describe('null: a small number, suppressed'),
        period: z.string().optional(),
      }),
    )
    .readonly()
    .optional(),
});

/** Section key → its rows; one item type for every section, so the document states it once. */
const sectionsShape = z.partialRecord(sectionKey, z.array(networkItem));

export const networkReply = z.object({
  area: z.object({ code: z.string(), name: z.string(), level: z.enum(['gemeente', 'wijk', 'buurt']) }),
  sections: sectionsShape.describe('Only the sections the caller may see; a missing key: not shown'),
  unavailable: z.array(sectionKey).describe('Sections that could not be loaded just now'),
});

export const summaryReply = z.object({
  year: z.number().int().describe('CBS indeling (vintage) of the wijken'),
  sections: z.array(sectionKey).describe('The sections the caller may see, in order'),
  unavailable: z.array(sectionKey),
  wijken: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      counts: z.object(
        Object.fromEntries(AREA_NETWORK_KEYS.map((k) => [k, z.number().int().optional()])) as Record<
          AreaNetworkKey,
          z.ZodOptional<z.ZodNumber>
        >,
      ),
    }),
  ),
});
