/** Early signals from partners (vroegsignalen): POST and GET /api/v1/partner-signals (early/). */
import type { RouteModule } from '../../../core/module-contract.ts';
import { listEarlySignals } from '../early/early-list.ts';
import { earlySignalBody, earlySignalCreated, earlySignalList, earlySignalListQuery } from '../early/early-schema.ts';
import { raiseEarlySignal } from '../early/early-service.ts';

const tags = ['signals (partners)'];

export const earlySignalRoutes: RouteModule = (app, { config }) => {
  const g = config.municipality;
  app.post(
    '/partner-signals',
    {
      schema: {
        tags,
        summary: 'Raise an early signal (vroegsignaal) for your partner organisation',
        description:
          "A partner account (signals:partner) acting for an active partner organisation. The signal lands in the staff inbox as a report with source 'partner'; its priority and deadline follow the urgency. The text may not name residents or give e-mail addresses or phone numbers (400 naming body.text).",
        body: earlySignalBody,
        response: { 201: earlySignalCreated },
      },
    },
    async (request, reply) => reply.code(201).send(await raiseEarlySignal(request.ctx, g, request.body)),
  );
  app.get(
    '/partner-signals',
    {
      schema: {
        tags,
        summary: "Early signals: your organisations' (partner account) or all (staff with signals:read)",
        querystring: earlySignalListQuery,
        response: { 200: earlySignalList },
      },
    },
    async (request) => listEarlySignals(request.ctx, g, request.query),
  );
};
