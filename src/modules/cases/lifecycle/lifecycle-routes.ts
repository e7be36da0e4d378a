/**
 * Routes of the case lifecycle: the subject access export (AVG art. 15, JSON or PDF), the
 * print log, and the yearly retention proofs. Content goes only through openCase (need-to-know).
 */
import { z } from 'zod';
import { actorLabel } from '../../../core/context.ts';
import type { RouteModule } from '../../../core/module-contract.ts';
import { chromiumLauncher, PdfRenderer } from '../../../core/pdf-renderer.ts';
import { problemReply } from '../../../core/problem-schema.ts';
import { recordCasePrint } from './print.ts';
import { retentionProofs } from './retention-proofs.ts';
import { subjectAccessExport } from './subject-access.ts';
import { subjectAccessHtml } from './subject-access-html.ts';

const tags = ['cases: lifecycle'];
const caseParams = z.object({ id: z.string().uuid('must be a case id (uuid)') });
const exportQuery = z.object({ format: z.enum(['json', 'pdf']).default('json') });
const printBody = z
  .object({ part: z.enum(['case', 'plan', 'meeting']).default('case').describe('What is printed (for the log)') })
  .default({ part: 'case' });
const proofView = z.object({
  year: z.number().int(),
  runAt: z.string(),
  casesAnonymised: z.number().int(),
  references: z.array(z.string()).describe('Case references (PGA-…), never persons'),
  checksum: z.string().describe('SHA-256 (hex) over the sorted references, one per line'),
  method: z.string(),
});

export const lifecycleRoutes: RouteModule = (app, { config, modules }) => {
  const others = (modules ?? []).flatMap((m) => m.caseSubjectAccess ?? []);
  const pdf = new PdfRenderer(chromiumLauncher(config.chromiumPath), {
    concurrency: config.pdfConcurrency,
    queue: config.pdfQueue,
    perMinute: config.pdfPerMinute,
    timeoutMs: 30_000,
    idleMs: 60_000,
  });
  app.addHook('onClose', () => pdf.close());

  app.get(
    '/cases/:id/export',
    {
      schema: {
        tags,
        summary: 'Subject access export (AVG art. 15) of everything stored on the person of a case (procesregisseur only)',
        description:
          'JSON (default) or PDF (headless Chromium). Logged as cases.export. Shape in src/modules/cases/README.md. ' +
          'Errors: 400, 401, 403 case-need-to-know, 404 (also for a case the caller may not know of), 429, 503 pdf-unavailable / pdf-busy.',
        params: caseParams,
        querystring: exportQuery,
      },
    },
    async (request, reply) => {
      const format = request.query.format;
      if (format === 'json') {
        const body = await subjectAccessExport(request.ctx, config, request.params.id, 'json', others);
        return reply
          .type('application/json; charset=utf-8')
          .header('content-disposition', `attachment; filename="inzage-${body.case.reference}.json"`)
          .header('cache-control', 'no-store')
          .send(JSON.stringify(body, null, 2));
      }
      let reference = 'casus';
      const file = await pdf.render(actorLabel(request.ctx.actor), async () => {
        const body = await subjectAccessExport(request.ctx, config, request.params.id, 'pdf', others);
        reference = body.case.reference;
        return subjectAccessHtml(body);
      });
      return reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="inzage-${reference}.pdf"`)
        .header('cache-control', 'no-store')
        .send(file);
    },
  );

  app.post(
    '/cases/:id/print',
    {
      schema: {
        tags,
        summary: 'Log that a case is printed (director or member); call before window.print()',
        description: 'Writes the processing record (operation print, cases.export). Errors: 400, 401, 403, 404.',
        params: caseParams,
        body: printBody,
        response: { 204: z.null(), 400: problemReply, 403: problemReply, 404: problemReply },
      },
    },
    async (request, reply) => {
      await recordCasePrint(request.ctx, request.params.id, request.body.part);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/case-retention/proofs',
    {
      schema: {
        tags,
        summary: 'Yearly proofs of what retention anonymised (cases:review): references and a checksum, no persons',
        response: { 200: z.object({ retentionYears: z.number().int(), proofs: z.array(proofView) }), 403: problemReply },
      },
    },
    async (request) => ({ retentionYears: config.caseRetentionYears, proofs: await retentionProofs(request.ctx, config.municipality) }),
  );
};
