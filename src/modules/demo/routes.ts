/** Demo content under /api/v1/demo (admins, `demo:manage`; see demo-service.ts). */
import type { AppDeps, DemoEnv, RouteModule } from '../../core/module-contract.ts';
import { demoStatus, loadDemo, removeDemo } from './demo-service.ts';
import { demoLoadReply, demoRemoveReply, demoStatusReply } from './schema.ts';

const tags = ['demo'];

const envOf = (deps: AppDeps): DemoEnv => ({ config: deps.config, gemeente: deps.config.municipality, now: new Date() });

export const demoRoutes: RouteModule = (app, deps) => {
  const modules = deps.modules ?? [];
  app.get(
    '/demo',
    { schema: { tags, summary: 'Demo content: what is loaded per module', response: { 200: demoStatusReply } } },
    async (request) => demoStatus(request.ctx, modules, envOf(deps)),
  );
  app.post(
    '/demo/load',
    {
      schema: {
        tags,
        summary: 'Load the demo content of every module that has none (loading twice adds nothing)',
        response: { 200: demoLoadReply },
      },
    },
    async (request) => {
      const result = await loadDemo(request.ctx, modules, envOf(deps));
      request.log.info({ demo: 'load', total: result.status.total }, 'demo content loaded');
      return result;
    },
  );
  app.post(
    '/demo/remove',
    {
      schema: {
        tags,
        summary: 'Remove every demo row of every module; a restart does not load it again',
        response: { 200: demoRemoveReply },
      },
    },
    async (request) => {
      const result = await removeDemo(request.ctx, modules, envOf(deps));
      request.log.info({ demo: 'remove', removed: result.removed }, 'demo content removed');
      return result;
    },
  );
};
