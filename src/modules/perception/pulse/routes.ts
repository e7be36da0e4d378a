/**
 * Public pulse questionnaire routes: the questionnaire of a buurt, sending an answer (rate limited
 * per IP, one answer per device per quarter) and the QR code of its link. No login needed.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { RouteModule } from '../../../core/module-contract.ts';
import { isDeviceToken, newDeviceToken, periodEnd, periodOf, PULSE_COOKIE } from './device.ts';
import { AGE_BANDS, PULSE_PROBLEM_CODES, STORY_MAX_LENGTH, STORY_MIN_LENGTH } from './questions.ts';
import { pulseBuurt, pulseQuestionnaire, submitPulse } from './pulse-service.ts';
import { qrPng, qrSvg, questionnaireUrl } from './qr.ts';
import { buurtCode, problemReply } from '../schema.ts';

const tags = ['perception: pulse'];
const params = z.object({ buurtCode });
const mark = z.number().int().min(1).max(10);

export const pulseAnswerBody = z.object({
  safeDay: mark.describe('How safe do you feel in this buurt by day? 1 = very unsafe, 10 = very safe'),
  safeNight: mark.describe('How safe do you feel in this buurt in the evening and at night? 1–10'),
  problems: z
    .array(z.enum(PULSE_PROBLEM_CODES))
    .max(PULSE_PROBLEM_CODES.length)
    .default([])
    .describe('Problems the resident sees in the buurt (codes from the questionnaire)'),
  story: z
    .string()
    .trim()
    .min(STORY_MIN_LENGTH)
    .max(STORY_MAX_LENGTH)
    .optional()
    .describe('Optional story in own words; moderated before anyone else sees it'),
  ageBand: z.enum(AGE_BANDS).optional(),
});

const questionnaireReply = z.object({
  buurt: z.object({ code: z.string(), name: z.string() }),
  wijk: z.object({ code: z.string(), name: z.string() }).nullable(),
  period: z.string().describe('Calendar quarter, e.g. 2025-Q3'),
  periodEnds: z.string(),
  alreadyAnswered: z.boolean().describe('This device already answered for this buurt in this period'),
  answersThisPeriod: z.number().int().describe('Number of answers n for this buurt this period — show it'),
  demo: z.boolean().describe('Made-up demo answers are among them'),
  problems: z.array(z.object({ code: z.string(), label: z.string() })),
  ageBands: z.array(z.string()),
  storyMaxLength: z.number().int(),
  privacyNote: z.string(),
  questionnaireUrl: z.string().describe('Link to share / print; the QR code encodes it'),
});

const answerReply = z.object({
  period: z.string(),
  answersThisPeriod: z.number().int(),
  storyStatus: z.enum(['pending']).nullable().describe("'pending' when a story was sent: it is read by a moderator first"),
});

function origin(request: FastifyRequest, publicUrl: string | undefined): string {
  return publicUrl ?? `${request.protocol}://${request.host}`;
}

/** The device token from the cookie, or a new one set as cookie until the end of the period. */
function deviceToken(request: FastifyRequest, reply: FastifyReply, secure: 'auto' | boolean): string {
  const existing = request.cookies[PULSE_COOKIE];
  if (isDeviceToken(existing)) return existing;
  const token = newDeviceToken();
  reply.setCookie(PULSE_COOKIE, token, {
    path: '/api/v1/pulse',
    httpOnly: true,
    sameSite: 'strict',
    secure: secure === 'auto' ? request.protocol === 'https' : secure,
    expires: periodEnd(periodOf(new Date())),
  });
  return token;
}

export const pulseRoutes: RouteModule = (app, { config }) => {
  const env = { gemeente: config.municipality };
  const perIp = { rateLimit: { max: config.pulsePerMinute, timeWindow: '1 minute' } };
  const light = { rateLimit: { max: Math.max(60, config.pulsePerMinute * 12), timeWindow: '1 minute' } };

  app.get(
    '/pulse/:buurtCode',
    {
      config: light,
      schema: {
        tags,
        summary: 'The pulse questionnaire of a buurt',
        description:
          'Questions, answer lists, the privacy note, n answers this period and whether this device already answered. Sets the first-party device cookie sv_pulse when absent (see docs in pulse-device.ts).',
        params,
        response: { 200: questionnaireReply, 404: problemReply },
      },
    },
    async (request, reply) => ({
      ...(await pulseQuestionnaire(request.ctx, env, request.params.buurtCode, deviceToken(request, reply, config.secureCookies))),
      questionnaireUrl: questionnaireUrl(origin(request, config.publicUrl), request.params.buurtCode),
    }),
  );

  app.post(
    '/pulse/:buurtCode',
    {
      config: perIp,
      schema: {
        tags,
        summary: 'Send an anonymous pulse answer',
        description:
          'One answer per device per buurt per quarter (409 already-answered otherwise); rate limited per IP (429). Stores no IP address, account or user agent.',
        params,
        body: pulseAnswerBody,
        response: { 201: answerReply, 400: problemReply, 404: problemReply, 409: problemReply, 429: problemReply },
      },
    },
    async (request, reply) => {
      const token = deviceToken(request, reply, config.secureCookies);
      return reply.code(201).send(await submitPulse(request.ctx, env, request.params.buurtCode, token, request.body));
    },
  );

  app.get(
    '/pulse/:buurtCode/qr',
    {
      config: light,
      schema: {
        tags,
        summary: 'QR code of the questionnaire link (SVG or PNG)',
        description: 'image/svg+xml by default; ?format=png for a 512 px PNG.',
        params,
        querystring: z.object({ format: z.enum(['svg', 'png']).default('svg') }),
      },
    },
    async (request, reply) => {
      await pulseBuurt(request.ctx, env.gemeente, request.params.buurtCode);
      const url = questionnaireUrl(origin(request, config.publicUrl), request.params.buurtCode);
      if (request.query.format === 'png') return reply.type('image/png').send(await qrPng(url));
      return reply.type('image/svg+xml').send(await qrSvg(url));
    },
  );
};
