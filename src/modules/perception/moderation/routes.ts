/** Staff routes: moderation queue, decisions, theme tags and theme counts per area. */
import { z } from 'zod';
import type { RouteModule } from '../../../core/module-contract.ts';
import { permissionsOf } from '../../users/index.ts';
import { approveStory, moderationQueue, rejectStory, tagStory } from './moderation-service.ts';
import { areaCode, buurtCode, permissionsField, problemReply, year } from '../schema.ts';
import { createTheme, listThemes, themeCounts } from './themes.ts';

const tags = ['perception: moderation'];
const idParams = z.object({ id: z.uuid('must be a story id (UUID)') });
const themeSlug = z.string().regex(/^[a-z0-9-]+$/, 'lowercase letters, digits and dashes');
const span = z.object({ start: z.number().int().min(0), end: z.number().int().min(0) });

export const storyView = z.object({
  id: z.string(),
  buurtCode: z.string(),
  wijkCode: z.string().nullable(),
  year: z.number().int(),
  status: z.enum(['pending', 'approved', 'rejected']),
  text: z.string().describe('Original text while pending; the redacted text once approved; empty once rejected'),
  suggestions: z
    .array(
      z.object({
        kind: z.enum(['email', 'phone', 'postcode-address', 'name', 'offensive', 'duplicate']),
        match: z.string(),
        start: z.number().int(),
        end: z.number().int(),
      }),
    )
    .describe('Automatic findings (personal data, offensive words, near-duplicate) — suggestions, the moderator decides'),
  duplicateOf: z.string().nullable(),
  themes: z.array(z.string()),
  rejectReason: z.string().nullable(),
  submittedOn: z.string(),
  moderatedAt: z.string().nullable(),
  demo: z.boolean().describe('A made-up demo story'),
  permissions: z.object({ approve: z.boolean(), reject: z.boolean(), tag: z.boolean() }),
});
const themeView = z.object({ slug: themeSlug, name: z.string().min(2).max(80) });

export const moderationRoutes: RouteModule = (app, { config }) => {
  const g = config.municipality;
  app.get(
    '/perception/stories',
    {
      schema: {
        tags,
        summary: 'Moderation queue (perception:moderate)',
        querystring: z.object({
          status: z.enum(['pending', 'approved', 'rejected']).default('pending'),
          buurt: buurtCode.optional(),
          limit: z.coerce.number().int().min(1).max(500).default(100),
        }),
        response: { 200: z.object({ stories: z.array(storyView), permissions: permissionsField }), 401: problemReply, 403: problemReply },
      },
    },
    async (request) => ({
      stories: await moderationQueue(request.ctx, g, request.query),
      permissions: permissionsOf(request.ctx.actor).filter((p) => p.startsWith('perception:')),
    }),
  );

  app.post(
    '/perception/stories/:id/approve',
    {
      schema: {
        tags,
        summary: 'Approve a story, with redaction and themes',
        description:
          'Give `redact` (spans of the original, e.g. accepted suggestions → [verwijderd]) or the final `text`. Replies with warnings when the final text still looks like it holds personal data.',
        params: idParams,
        body: z.object({
          text: z.string().trim().min(1).max(2000).optional(),
          redact: z.array(span).max(50).optional(),
          themes: z.array(themeSlug).max(10).optional(),
        }),
        response: {
          200: z.object({ story: storyView, warnings: z.array(z.string()) }),
          400: problemReply,
          404: problemReply,
          409: problemReply,
        },
      },
    },
    async (request) => approveStory(request.ctx, g, request.params.id, request.body),
  );

  app.post(
    '/perception/stories/:id/reject',
    {
      schema: {
        tags,
        summary: 'Reject a story with a reason (the text is deleted)',
        params: idParams,
        body: z.object({
          reason: z.string().trim().min(3).max(500).describe('e.g. "beledigend", "persoonsgegevens", "geen buurtverhaal", "dubbel"'),
        }),
        response: { 200: storyView, 404: problemReply, 409: problemReply },
      },
    },
    async (request) => rejectStory(request.ctx, g, request.params.id, request.body.reason),
  );

  app.put(
    '/perception/stories/:id/themes',
    {
      schema: {
        tags,
        summary: 'Set the theme tags of an approved story',
        params: idParams,
        body: z.object({ themes: z.array(themeSlug).max(10) }),
        response: { 200: storyView, 400: problemReply, 404: problemReply, 409: problemReply },
      },
    },
    async (request) => tagStory(request.ctx, g, request.params.id, request.body.themes),
  );

  app.get(
    '/perception/themes',
    { schema: { tags, summary: 'Theme tags', response: { 200: z.object({ themes: z.array(themeView) }) } } },
    async (request) => ({ themes: await listThemes(request.ctx, g) }),
  );

  app.post(
    '/perception/themes',
    {
      schema: { tags, summary: 'Add a theme tag (perception:moderate)', body: themeView, response: { 201: themeView, 409: problemReply } },
    },
    async (request, reply) => reply.code(201).send(await createTheme(request.ctx, g, request.body)),
  );

  app.get(
    '/perception/theme-counts',
    {
      schema: {
        tags,
        summary: 'Approved stories per theme per buurt or wijk',
        querystring: z.object({ level: z.enum(['buurt', 'wijk']).default('buurt'), year, area: areaCode.optional() }),
        response: {
          200: z.object({
            counts: z.array(z.object({ areaCode: z.string(), theme: z.string(), name: z.string(), stories: z.number().int() })),
          }),
        },
      },
    },
    async (request) => ({
      counts: await themeCounts(request.ctx, g, {
        level: request.query.level,
        year: request.query.year,
        ...(request.query.area ? { areaCode: request.query.area } : {}),
      }),
    }),
  );
};
