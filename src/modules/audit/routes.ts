import type { RouteModule } from '../../core/module-contract.ts';
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
          'Search a person by subjectType + subjectId: the id is pseudonymised before the search. Newest first.',
        querystring: querySchema,
        response: { 200: searchReply },
      },
    },
    async (request) => {
      const q = request.query;
      return searchProcessingLog(request.ctx, {
        ...(q.from ? { from: new Date(q.from) } : {}),
        ...(q.to ? { to: new Date(q.to) } : {}),
        ...(q.activity ? { activity: q.activity } : {}),
        ...(q.actor ? { actor: q.actor } : {}),
        ...(q.traceId ? { traceId: q.traceId } : {}),
        ...(q.status ? { status: q.status } : {}),
        ...(q.subjectType && q.subjectId ? { subject: { type: q.subjectType, id: q.subjectId } } : {}),
        ...(q.before ? { before: q.before } : {}),
        limit: q.limit,
      });
    },
  );
};
