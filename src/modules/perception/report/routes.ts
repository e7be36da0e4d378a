/**
 * Wijkgesprek report (HTML and PDF, perception:read) and the public neighbourhood page API.
 */
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { actorLabel, authorize, type ServiceContext } from '../../../core/context.ts';
import type { Config } from '../../../core/config.ts';
import type { NetworkMoment, RouteModule } from '../../../core/module-contract.ts';
import { yearOrLatest } from '../profile/data-year.ts';
import { indexQuery, profileReply, settingsOf } from '../profile/routes.ts';
import { publicAreaSafety } from '../profile/public-service.ts';
import { questionnaireUrl } from '../pulse/qr.ts';
import { reportData } from './data.ts';
import { reportHtml } from './html.ts';
import { chromiumLauncher, PdfRenderer } from './pdf.ts';
import { areaCode, problemReply, year } from '../schema.ts';
import { networkReply } from '../../area-network/index.ts';

const tags = ['perception: report'];
/** Today and the live suppression threshold, for the network of the area. */
const momentOf = (config: Config): NetworkMoment => ({ today: new Date().toISOString().slice(0, 10), minCellCount: config.minCellCount });
const wijkParams = z.object({ code: z.string().regex(/^WK\d{6}$/, 'must be a wijk code such as WK050501') });
const reportQuery = indexQuery;

const publicReply = profileReply.omit({ permissions: true, orientation: true, areaName: true, population: true }).extend({
  areaName: z.string(),
  themes: z.array(z.object({ theme: z.string(), name: z.string(), stories: z.number().int() })),
  stories: z
    .array(z.object({ text: z.string(), themes: z.array(z.string()), month: z.string().describe('YYYY-MM') }))
    .describe('Approved, redacted stories only'),
  questionnaireUrl: z.string().nullable().describe('Pulse questionnaire link (buurten only)'),
  qrUrl: z.string().nullable().describe('QR code (SVG) of the questionnaire link'),
  network: networkReply
    .omit({ area: true })
    .describe('The network of the area as the public sees it (public mission summaries, published initiatives, …), whoever asks'),
});

/** PDF limits besides the configured ones: a render is cut off after 30 s; the browser closes after a minute without renders. */
const PDF_TIMEOUT_MS = 30_000;
const PDF_IDLE_MS = 60_000;

export const reportRoutes: RouteModule = (app, { config, modules = [] }) => {
  const s = settingsOf(config);
  const pdf = new PdfRenderer(chromiumLauncher(config.chromiumPath), {
    concurrency: config.pdfConcurrency,
    queue: config.pdfQueue,
    perMinute: config.pdfPerMinute,
    timeoutMs: PDF_TIMEOUT_MS,
    idleMs: PDF_IDLE_MS,
  });
  app.addHook('onClose', () => pdf.close());
  const options = async (
    ctx: ServiceContext,
    q: { year?: number | undefined; baseYear?: number | undefined; weightObjective?: number | undefined },
  ) => ({
    year: await yearOrLatest(ctx, s.gemeente, q.year),
    baseYear: q.baseYear ?? config.perceptionBaseYear,
    weightObjective: q.weightObjective ?? config.perceptionObjectiveWeight,
  });
  type ReportRequest = FastifyRequest<{ Params: { code: string }; Querystring: z.infer<typeof reportQuery> }>;
  const build = async (request: ReportRequest, year = request.query.year) => {
    authorize(request.ctx, 'perception:read');
    const o = await options(request.ctx, { ...request.query, year });
    return reportHtml(await reportData(request.ctx, s, request.params.code, o, { modules, at: momentOf(config) }));
  };

  app.get(
    '/areas/:code/report.html',
    {
      schema: {
        tags,
        summary: 'Wijkgesprek report as HTML (perception:read)',
        description:
          'Self-contained Dutch HTML page (map, four indices, trends, top report categories, hot times, residents’ themes, the network of the wijk: the sections the caller may see). Errors: 400, 401, 403, 404 problem+json.',
        params: wijkParams,
        querystring: reportQuery,
      },
    },
    async (request, reply) => reply.type('text/html; charset=utf-8').send(await build(request)),
  );

  app.get(
    '/areas/:code/report.pdf',
    {
      schema: {
        tags,
        summary: 'Wijkgesprek report as PDF (perception:read)',
        description:
          'Rendered from the HTML version by headless Chromium (A4), a few at a time (STADSVEILIG_PDF_CONCURRENCY, a bounded queue behind them). Errors: 400, 401, 403, 404; 429 after STADSVEILIG_PDF_PER_MINUTE PDFs of one user in a minute; 503 pdf-busy when the queue is full, 503 pdf-unavailable when Chromium is missing, fails or takes over 30 s (all with retry-after where waiting helps).',
        params: wijkParams,
        querystring: reportQuery,
      },
    },
    async (request, reply) => {
      authorize(request.ctx, 'perception:read');
      const year = await yearOrLatest(request.ctx, s.gemeente, request.query.year);
      const body = await pdf.render(actorLabel(request.ctx.actor), () => build(request, year));
      return reply
        .type('application/pdf')
        .header('content-disposition', `inline; filename="wijkgesprek-${request.params.code}-${year}.pdf"`)
        .send(body);
    },
  );

  app.get(
    '/public/areas/:code/safety',
    {
      schema: {
        tags: ['perception: public'],
        summary: 'Public neighbourhood page: aggregated safety figures',
        description:
          'Indices with n and gaps, pulse summary, theme counts and approved stories, the network of the area as the public sees it; never individual reports or unapproved stories. Links to the pulse questionnaire for a buurt.',
        params: z.object({ code: areaCode }),
        querystring: z.object({ year: indexQuery.shape.year, baseYear: year.optional() }),
        response: { 200: publicReply, 400: problemReply, 404: problemReply },
      },
    },
    async (request) => {
      const origin = config.publicUrl ?? `${request.protocol}://${request.host}`;
      const isBuurt = request.params.code.startsWith('BU');
      const links = {
        questionnaireUrl: isBuurt ? questionnaireUrl(origin, request.params.code) : null,
        qrUrl: isBuurt ? `/api/v1/pulse/${request.params.code}/qr` : null,
      };
      return publicAreaSafety(
        request.ctx,
        s,
        request.params.code,
        await options(request.ctx, { year: request.query.year, baseYear: request.query.baseYear }),
        links,
        { modules, at: momentOf(config) },
      );
    },
  );
};
