/**
 * Public (no account) endpoints of the signals module under /api/v1/public: intake, suggestion,
 * nearby reports, tracking, feedback, public map and subscriptions. Intake is rate-limited per IP
 * (@fastify/rate-limit) and per form session (bot-check.ts).
 */
import { z } from 'zod';
import { invalidInput, tooManyRequests } from '../../../core/errors.ts';
import type { RouteModule } from '../../../core/module-contract.ts';
import { HONEYPOT_FIELD, SessionLimiter, checkForm, issueFormToken } from '../intake/bot-check.ts';
import { categoryTree } from '../config/categories.ts';
import { createSignal } from '../intake/intake-service.ts';
import { giveFeedback, nearbySignals, publicMap, trackSignal } from '../residents/public-service.ts';
import { publicReport } from '../residents/public-report.ts';
import * as s from '../schema.ts';
import { confirmSubscription, subscribe, unsubscribe } from '../residents/subscriptions.ts';
import { suggestCategory } from '../intake/suggest.ts';
import { NUMBER_PATTERN } from '../records/tokens.ts';
import { WindowLimiter } from '../intake/window-limiter.ts';

/** Follow requests per report number and hour, whoever sends them (numbers are readable, so their use is limited). */
export const FOLLOWS_PER_NUMBER_PER_HOUR = 10;

const tags = ['signals (public)'];
const token = z.string().min(20).max(100).describe('Private tracking token');

export const publicSignalRoutes: RouteModule = (app, { config }) => {
  const env = { gemeente: config.municipality, publicUrl: config.publicUrl ?? '', mailEnabled: Boolean(config.smtpUrl) };
  const sessions = new SessionLimiter(config.signalIntakePerMinute);
  const perIp = { rateLimit: { max: config.signalIntakePerMinute, timeWindow: '1 minute' } };
  const lightLimit = { rateLimit: { max: Math.max(60, config.signalIntakePerMinute * 6), timeWindow: '1 minute' } };
  const follows = new WindowLimiter(3_600_000);

  app.get(
    '/public/signal-categories',
    { schema: { tags, summary: 'Active categories (two levels) for the resident form', response: { 200: s.categoryTreeReply } } },
    async (request) => ({ categories: await categoryTree(request.ctx.db, env.gemeente) }),
  );

  app.get(
    '/public/signals/form',
    {
      schema: {
        tags,
        summary: 'Start a report form: a form token (bot check) and the honeypot field name',
        response: { 200: z.object({ formToken: z.string(), honeypotField: z.string(), minSeconds: z.number() }) },
      },
    },
    async (request) => ({
      formToken: await issueFormToken(request.ctx.db),
      honeypotField: HONEYPOT_FIELD,
      minSeconds: config.signalIntakeMinSeconds,
    }),
  );

  app.post(
    '/public/signals/suggest-category',
    {
      config: lightLimit,
      schema: {
        tags,
        summary: 'Suggest a category from the description text',
        body: z.object({ description: z.string().trim().min(1).max(5000) }),
        response: { 200: s.suggestReply },
      },
    },
    async (request) => suggestCategory(request.ctx.db, env.gemeente, request.body.description),
  );

  app.get(
    '/public/signals/nearby',
    {
      config: lightLimit,
      schema: {
        tags,
        summary: 'Open reports of the same category within 50 m made in the last 12 weeks ("is this yours?")',
        description: 'Public, non-sensitive categories only (a sensitive category gives an empty list); a distance band, never a distance.',
        querystring: z.object({ lat: z.coerce.number().min(-90).max(90), lon: z.coerce.number().min(-180).max(180), categorySlug: s.slug }),
        response: { 200: s.nearbyReply },
      },
    },
    async (request) => ({ signals: await nearbySignals(request.ctx, env.gemeente, request.query) }),
  );

  app.post(
    '/public/signals',
    {
      config: perIp,
      schema: {
        tags,
        summary: 'Make a report (melding)',
        description:
          'Send an Idempotency-Key header (8–100 characters [A-Za-z0-9_-]) and retry with the same key after a network error: ' +
          'the first reply is returned again and no second report is made. Photos: POST /public/signals/track/{token}/photos afterwards.',
        headers: z.object({
          'idempotency-key': z
            .string()
            .regex(/^[A-Za-z0-9_-]{8,100}$/, 'must be 8–100 characters A-Z a-z 0-9 _ -')
            .optional(),
        }),
        body: s.intakeBody,
        response: { 201: s.intakeReply, 200: s.intakeReply },
      },
    },
    async (request, reply) => {
      const { formToken, website, ...input } = request.body;
      const session = await checkForm(request.ctx.db, formToken, website, config.signalIntakeMinSeconds);
      sessions.hit(session);
      const out = await createSignal(request.ctx, env, { ...input, source: 'web', idempotencyKey: request.headers['idempotency-key'] });
      return reply.code(201).send(out);
    },
  );

  app.get(
    '/public/signals/track/:token',
    {
      config: lightLimit,
      schema: {
        tags,
        summary: 'Follow a report with its private tracking token',
        params: z.object({ token }),
        response: { 200: s.trackingReply },
      },
    },
    async (request) => trackSignal(request.ctx, request.params.token),
  );

  app.post(
    '/public/signals/track/:token/feedback',
    {
      config: perIp,
      schema: {
        tags,
        summary: 'Satisfaction after closing; not satisfied with a reason asks to reopen',
        params: z.object({ token }),
        body: s.feedbackBody,
        response: { 200: s.feedbackReply },
      },
    },
    async (request) => giveFeedback(request.ctx, request.params.token, request.body),
  );

  app.get(
    '/public/signals/map',
    {
      config: lightLimit,
      schema: {
        tags,
        summary: 'Open reports in public categories as GeoJSON; sensitive categories blurred to a 250 m grid, never personal data',
        querystring: s.mapQuery,
        response: { 200: s.mapReply },
      },
    },
    async (request) => {
      const bbox = request.query.bbox?.split(',').map(Number);
      if (bbox?.some((n) => !Number.isFinite(n))) throw invalidInput([{ name: 'query.bbox', reason: 'must be four numbers' }]);
      return publicMap(request.ctx, env.gemeente, { categorySlug: request.query.categorySlug, bbox });
    },
  );

  app.get(
    '/public/signals/:number',
    {
      config: lightLimit,
      schema: {
        tags,
        summary: 'One open report of a public, non-sensitive category, as the public may see it (a tapped map pin)',
        description:
          'Category, status and date; the description only once staff published it, the newest published text and the first public photo. Any other number (sensitive, not public, closed, unknown) answers 404.',
        params: z.object({ number: z.string().regex(NUMBER_PATTERN) }),
        response: { 200: s.publicReportReply },
      },
    },
    async (request) => publicReport(request.ctx, env.gemeente, request.params.number),
  );

  app.post(
    '/public/signals/:number/subscriptions',
    {
      config: perIp,
      schema: {
        tags,
        summary: 'Follow a report by e-mail (e.g. a nearby one instead of making a new report)',
        description: `Only reports of public, non-sensitive categories; any other number answers 404 as if it did not exist. At most ${FOLLOWS_PER_NUMBER_PER_HOUR} requests per report number and hour (429), besides the per-IP limit.`,
        params: z.object({ number: z.string().regex(NUMBER_PATTERN) }),
        body: s.emailBody,
        response: { 201: s.subscribeReply },
      },
    },
    async (request, reply) => {
      const limit = follows.hit(request.params.number, FOLLOWS_PER_NUMBER_PER_HOUR);
      if (!limit.ok) throw tooManyRequests('This report was asked to be followed too often; try again later.', limit.retryAfterSeconds);
      return reply.code(201).send(await subscribe(request.ctx, env, { kind: 'signal', number: request.params.number }, request.body.email));
    },
  );

  app.post(
    '/public/buurten/:code/subscriptions',
    {
      config: perIp,
      schema: {
        tags,
        summary: 'Get an e-mail about new public reports in a buurt',
        params: z.object({ code: z.string().regex(/^BU\d{8}$/) }),
        body: s.emailBody,
        response: { 201: s.subscribeReply },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await subscribe(request.ctx, env, { kind: 'buurt', buurtCode: request.params.code }, request.body.email)),
  );

  app.post(
    '/public/map/subscriptions',
    {
      config: perIp,
      schema: {
        tags,
        summary: 'Get an e-mail about new public reports within a radius of a point on the map',
        description:
          'Double opt-in like the buurt subscription. The point must lie in the municipality; radius 250, 500 or 1000 m. Reports of sensitive categories are never announced to a point subscription.',
        body: s.pointSubscriptionBody,
        response: { 201: s.subscribeReply },
      },
    },
    async (request, reply) => {
      const { email, lat, lon, radius } = request.body;
      return reply.code(201).send(await subscribe(request.ctx, env, { kind: 'point', lat, lon, radiusM: radius }, email));
    },
  );

  app.post(
    '/public/subscriptions/:token/confirm',
    {
      config: lightLimit,
      schema: {
        tags,
        summary: 'Confirm an e-mail subscription (link in the confirmation mail; expires after 48 hours)',
        params: z.object({ token }),
        response: { 200: z.object({ confirmed: z.boolean() }) },
      },
    },
    async (request) => confirmSubscription(request.ctx, request.params.token),
  );

  app.post(
    '/public/subscriptions/:token/unsubscribe',
    {
      config: lightLimit,
      schema: {
        tags,
        summary: 'One-click unsubscribe (link in every e-mail)',
        params: z.object({ token }),
        response: { 200: z.object({ unsubscribed: z.boolean() }) },
      },
    },
    async (request) => unsubscribe(request.ctx, request.params.token),
  );
};
