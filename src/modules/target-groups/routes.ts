/** Target-groups API under /api/v1: the groups (network:read, edit with network:edit) and their indicators. */
import type { RouteModule } from '../../core/module-contract.ts';
import { indicators } from './indicator-service.ts';
import * as s from './schema.ts';
import { changeTargetGroup, createTargetGroup, listTargetGroups, targetGroupOptions } from './target-group-service.ts';

const tags = ['target-groups'];

export const targetGroupRoutes: RouteModule = (app, { config }) => {
  const g = config.municipality;
  app.get(
    '/target-groups',
    {
      schema: {
        tags,
        summary: 'Vulnerable target groups with responsible partners, programmes and indicator definitions (no person data)',
        response: { 200: s.targetGroupList },
      },
    },
    async (request) => ({
      targetGroups: await listTargetGroups(request.ctx, g),
      options: await targetGroupOptions(request.ctx, g),
    }),
  );
  app.post(
    '/target-groups',
    { schema: { tags, summary: 'Add a target group', body: s.targetGroupBody, response: { 201: s.targetGroupView } } },
    async (request, reply) => reply.code(201).send(await createTargetGroup(request.ctx, g, request.body)),
  );
  app.get(
    '/target-groups/indicators',
    {
      schema: {
        tags,
        summary: 'Indicators per area and period with small-number suppression (aggregates only)',
        description:
          'Per target group: reports in its categories and registered crime of its types, per buurt (of a wijk) or per wijk (of the city), ' +
          'for the period and the equally long period before it. Counts from 1 to the municipality’s threshold − 1 are null with suppressed: true, ' +
          'and further cells are suppressed so totals cannot reveal them.',
        querystring: s.indicatorQuery,
        response: { 200: s.indicatorReply },
      },
    },
    async (request) => indicators(request.ctx, g, request.query, config.minCellCount),
  );
  app.patch(
    '/target-groups/:id',
    {
      schema: {
        tags,
        summary: 'Change a target group (names, partners, programmes, areas, indicator definitions)',
        params: s.targetGroupParams,
        body: s.targetGroupChangeBody,
        response: { 200: s.targetGroupView },
      },
    },
    async (request) => changeTargetGroup(request.ctx, g, request.params.id, request.body),
  );
};
