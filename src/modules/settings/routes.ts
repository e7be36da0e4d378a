/** Municipality settings under /api/v1/settings (admins, `settings:manage`; see settings-service.ts). */
import type { RouteModule } from '../../core/module-contract.ts';
import { getSettings, updateSettings } from './settings-service.ts';
import { settingsPatch, settingsReply } from './schema.ts';

const tags = ['settings'];

export const settingsRoutes: RouteModule = (app, { config }) => {
  app.get(
    '/settings',
    {
      schema: {
        tags,
        summary: 'Municipality settings in effect, the environment defaults, start-up warnings and the recent changes',
        response: { 200: settingsReply },
      },
    },
    async (request) => getSettings(request.ctx, config),
  );
  app.patch(
    '/settings',
    {
      schema: {
        tags,
        summary: 'Change municipality settings (null: back to the environment value); applied without a restart',
        description:
          'Suppression thresholds below a safe minimum are refused (400 invalid-input). Every change is logged with its old and new value.',
        body: settingsPatch,
        response: { 200: settingsReply },
      },
    },
    async (request) => updateSettings(request.ctx, config, request.body),
  );
};
