/** The indicator catalogue and survey results under /api/v1/perception (public aggregate data). */
import type { RouteModule } from '../../../core/module-contract.ts';
import { problemReply } from '../schema.ts';
import { indicatorsReply, surveyQuery, surveyReply } from './schema.ts';
import { listIndicators, surveyFigures } from './survey-service.ts';

const tags = ['perception'];

export const surveyRoutes: RouteModule = (app, { config }) => {
  app.get(
    '/perception/indicators',
    {
      schema: {
        tags,
        summary: 'The indicator catalogue (CBS Veiligheidsmonitor)',
        description:
          'Code, theme, Dutch and English name, definition, unit, direction (higher is worse/better) and source of every survey indicator.',
        response: { 200: indicatorsReply },
      },
    },
    async (request) => ({ indicators: await listIndicators(request.ctx) }),
  );

  app.get(
    '/perception/survey-results',
    {
      schema: {
        tags,
        summary: 'Survey results per indicator, area and year',
        description:
          'Imported survey estimates with n and margin. Values from fewer than the minimum number of respondents are suppressed (value null, margin still given). Public aggregate data.',
        querystring: surveyQuery,
        response: { 200: surveyReply, 400: problemReply },
      },
    },
    async (request) => ({
      minRespondents: config.perceptionMinRespondents,
      figures: await surveyFigures(request.ctx, {
        municipality: config.municipality,
        minRespondents: config.perceptionMinRespondents,
        ...(request.query.area ? { areaCodes: request.query.area.map((a) => a.toUpperCase()) } : {}),
        ...(request.query.indicator ? { indicatorCodes: request.query.indicator } : {}),
        ...(request.query.year ? { years: request.query.year } : {}),
      }),
    }),
  );
};
