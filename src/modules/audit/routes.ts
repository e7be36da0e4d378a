import type { RouteModule } from '../../core/module-contract.ts';
import { EXPORT_ROW_CAP, exportProcessingLogCsv } from './audit-export.ts';
import { searchProcessingLog } from './audit-service.ts';
import { querySchema, searchReply } from './schema.ts';

export const auditRoutes: RouteModule = (app) => {
  app.get(
    '/audit-log',
    {
      schema: {
        tags: ['audit'],
        summary: 'Search the processing log (admins)',
        description:
          'Records of every processing of personal data, after the Logboek Dataverwerkingen standard. ' +
          'Search a person by subjectType + subjectId: the id is pseudonymised before the search. Newest first. ' +
          `format=csv: the same filters as text/csv (UTF-8 with BOM, ';'), at most ${EXPORT_ROW_CAP} records; ` +
          'headers x-row-count, x-row-cap and x-truncated state the count and the cap. An export is logged as audit.export.',
        querystring: querySchema,
        response: { 200: searchReply.describe('JSON reply (format=json); format=csv gives text/csv') },
      },
    },
    async (request, reply) => {
      const q = request.query;
      const filters = {
        ...(q.from ? { from: new Date(q.from) } : {}),
        ...(q.to ? { to: new Date(q.to) } : {}),
        ...(q.activity ? { activity: q.activity } : {}),
        ...(q.actor ? { actor: q.actor } : {}),
        ...(q.traceId ? { traceId: q.traceId } : {}),
        ...(q.status ? { status: q.status } : {}),
        ...(q.subjectType && q.subjectId ? { subject: { type: q.subjectType, id: q.subjectId } } : {}),
      };
      if (q.format === 'csv') {
        const out = await exportProcessingLogCsv(request.ctx, filters);
        return reply
          .type('text/csv; charset=utf-8')
          .header('content-disposition', 'attachment; filename="verwerkingslog.csv"')
          .header('x-row-count', String(out.rows))
          .header('x-row-cap', String(out.cap))
          .header('x-truncated', String(out.truncated))
          .send(out.csv as never);
      }
      return searchProcessingLog(request.ctx, { ...filters, ...(q.before ? { before: q.before } : {}), limit: q.limit });
    },
  );
};
