/** zod schemas of the public signals API (request and reply shapes, documented in OpenAPI). */
import { z } from 'zod';
import { emailSchema } from '../../core/email-schema.ts';

export const slug = z.string().regex(/^[a-z0-9-]{1,60}$/, 'must be a category slug');

export const locationInput = z
  .union([
    z.object({
      lat: z.number().min(-90).max(90).describe('WGS84 latitude'),
      lon: z.number().min(-180).max(180).describe('WGS84 longitude'),
    }),
    z.object({ x: z.number().describe('RD New (EPSG:28992) x in metres'), y: z.number().describe('RD New y in metres') }),
  ])
  .describe('Where: WGS84 lat/lon or RD New x/y. Leave out when only an address is known.');

export const intakeBody = z.object({
  categorySlug: slug.optional().describe('Sub-category chosen by the resident; leave out to let the server suggest one'),
  description: z.string().trim().min(10, 'must be at least 10 characters').max(5000).describe('What is going on'),
  location: locationInput.optional(),
  addressText: z.string().trim().max(300).optional().describe('Address or place description (street and number)'),
  email: emailSchema.optional().describe('For the confirmation and updates (needs contactConsent)'),
  phone: z
    .string()
    .max(20, { abort: true })
    .regex(/^[+0-9 ()-]{6,20}$/, 'must be a phone number')
    .optional(),
  contactConsent: z
    .boolean()
    .optional()
    .describe('Consent to store the contact details to keep the reporter informed; required with email or phone'),
  updates: z
    .boolean()
    .optional()
    .describe('Mail the confirmation and status changes to `email` (default true); false keeps the address only for questions from staff'),
  formToken: z.string().min(1).max(200).describe('From GET /public/signals/form; must be at least a few seconds old'),
  website: z.string().max(500).optional().describe('Honeypot: leave empty. The form hides this field (aria-hidden, tabindex -1).'),
});

export const intakeReply = z.object({
  id: z.string(),
  number: z.string().describe('Confirmation number M-YYYY-NNNNNN'),
  trackingToken: z.string().describe('Private token to follow the report; shown once to the reporter'),
  trackingPath: z.string().describe('Path of the tracking page in the web app'),
  status: z.literal('new'),
  statusLabel: z.string(),
  categorySlug: z.string(),
  categoryName: z.string(),
  categorySuggested: z.boolean().describe('True when the server chose the category'),
  deadline: z.string().describe('Handling deadline (date, working days)'),
  createdAt: z.string(),
  mail: z
    .object({
      confirmation: z.boolean().describe('A confirmation mail goes to the e-mail address given'),
      updates: z.boolean().describe('Status changes will be mailed to it'),
    })
    .describe(
      'What the platform will mail the reporter: both false without an e-mail address, without the updates choice, or when this installation sends no mail',
    ),
});

export const categoryView = z.object({
  slug: z.string(),
  parentSlug: z.string().nullable(),
  name: z.string(),
  description: z.string(),
  keywords: z.string().describe('Extra words for the category suggestion'),
  handlingDays: z.number().describe('Handling deadline in working days'),
  department: z.string(),
  isPublic: z.boolean().describe('Open reports are shown on the public map'),
  isSensitive: z.boolean().describe('Location is blurred on the public map'),
  isNuisance: z.boolean().describe('Counts in the perception “reported nuisance” index'),
  active: z.boolean(),
  partnerContact: z.boolean().describe('Partners handling such a report may see the reporter’s contact details'),
});
export const categoryTreeReply = z.object({ categories: z.array(categoryView.extend({ children: z.array(categoryView).optional() })) });

export const suggestReply = z.object({
  categorySlug: z.string(),
  confidence: z.number().describe('Posterior probability of the best category (0–1)'),
  fallback: z.boolean().describe('True when confidence was below the threshold and Overig was chosen'),
  alternatives: z.array(z.object({ categorySlug: z.string(), probability: z.number() })),
});

export const nearbyReply = z.object({
  signals: z.array(
    z.object({
      number: z.string(),
      statusLabel: z.string(),
      createdAt: z.string(),
      withinMetres: z
        .union([z.literal(25), z.literal(50)])
        .describe('Distance band: the report lies within 25 m, or within 50 m (never an exact distance)'),
      categoryName: z.string(),
    }),
  ),
});

export const trackingReply = z.object({
  number: z.string(),
  status: z.string(),
  statusLabel: z.string().describe('Status in plain Dutch'),
  statusExplanation: z.string(),
  categoryName: z.string(),
  description: z.string(),
  addressText: z.string().nullable(),
  location: z.object({ lat: z.number(), lon: z.number() }).nullable(),
  createdAt: z.string(),
  deadline: z.string().nullable(),
  closedAt: z.string().nullable(),
  mergedIntoNumber: z.string().nullable().describe('Set when this report was merged into another; status is that report’s'),
  updates: z
    .array(z.object({ at: z.string(), statusLabel: z.string().nullable(), text: z.string().nullable() }))
    .describe('Public notes and status changes'),
  photoIds: z.array(z.string()),
  feedback: z.object({
    asked: z.boolean().describe('Show the satisfaction question'),
    given: z.object({ satisfied: z.boolean() }).nullable(),
  }),
});

export const feedbackBody = z.object({
  satisfied: z.boolean(),
  reason: z.string().trim().max(2000).optional().describe('Required when not satisfied'),
});
export const feedbackReply = z.object({ recorded: z.boolean(), reopenRequested: z.boolean(), status: z.string(), closed: z.boolean() });

export const mapQuery = z.object({
  categorySlug: slug.optional().describe('Main or sub-category'),
  bbox: z
    .string()
    .max(100, { abort: true })
    .regex(/^-?[\d.]+,-?[\d.]+,-?[\d.]+,-?[\d.]+$/, 'must be minLon,minLat,maxLon,maxLat')
    .optional(),
});
export const mapReply = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(
    z.object({
      type: z.literal('Feature'),
      geometry: z.object({ type: z.literal('Point'), coordinates: z.tuple([z.number(), z.number()]) }),
      properties: z.object({
        number: z.string().nullable(),
        categorySlug: z.string(),
        categoryName: z.string(),
        statusLabel: z.string(),
        createdDate: z.string(),
        blurred: z.boolean(),
        demo: z.boolean().describe('Demo content: a made-up report, shown with the demo label'),
      }),
    }),
  ),
});

export const emailBody = z.object({ email: emailSchema });

export const subscribeReply = z.object({
  subscribed: z.boolean(),
  confirmationRequired: z
    .boolean()
    .describe('A confirmation mail was sent (double opt-in); no mail is sent until the link in it is followed'),
});

export const pointSubscriptionBody = z.object({
  email: emailSchema,
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
  radius: z.number().int().describe('Metres around the point: 250, 500 or 1000'),
});

export const publicReportReply = z.object({
  number: z.string(),
  categorySlug: z.string(),
  categoryName: z.string(),
  statusLabel: z.string(),
  createdDate: z.string(),
  description: z.string().nullable().describe("The resident's description, only once staff published it"),
  publishedText: z.string().nullable().describe('The newest text staff published (status text or note)'),
  photoUrl: z.string().nullable().describe('The first photo staff marked public'),
  demo: z.boolean(),
});
