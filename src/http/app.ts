/**
 * Builds the Fastify application: conventions (problem+json, security headers, OpenAPI,
 * authentication, CSRF) first, then every module's routes under /api/v1, then the web app.
 */
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import Fastify from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { areasRoutes } from '../modules/areas/routes.ts';
import { auditRoutes } from '../modules/audit/routes.ts';
import { healthRoutes } from '../modules/health/routes.ts';
import { incidentRoutes } from '../modules/incidents/routes.ts';
import { mailOutboxRoutes } from '../modules/mail/admin-routes.ts';
import { missionRoutes } from '../modules/missions/mission-routes.ts';
import { open311AdminRoutes } from '../modules/open311/admin-routes.ts';
import { OPEN311_PREFIX, open311Routes } from '../modules/open311/routes.ts';
import { perceptionRoutes } from '../modules/perception/routes.ts';
import { signalAdminRoutes } from '../modules/signals/admin-routes.ts';
import { signalPhotoRoutes } from '../modules/signals/photo-routes.ts';
import { publicSignalRoutes } from '../modules/signals/public-routes.ts';
import { staffSignalRoutes } from '../modules/signals/staff-routes.ts';
import { instanceRoutes } from '../modules/health/instance-routes.ts';
import { sessionRoutes } from '../modules/users/session-routes.ts';
import { userRoutes } from '../modules/users/user-routes.ts';
import { workbenchRoutes } from '../modules/workbench/routes.ts';
import { registerAccessControl } from './access.ts';
import { ACCESS_RULES } from './access-rules.ts';
import { registerAuthentication } from './authentication.ts';
import { answerClientError, answerFrameworkError, MAX_PARAM_LENGTH } from './framework-errors.ts';
import { registerInputGuard } from './input-guard.ts';
import { registerProblemHandlers } from './problem.ts';
import { API_VERSION, registerSecurityHeaders } from './security-headers.ts';
import type { App, AppDeps, RouteModule } from './types.ts';
import { registerWebApp } from './web-app.ts';

export const API_PREFIX = '/api/v1';

/** Every module's routes; later modules add themselves here. */
const ROUTE_MODULES: RouteModule[] = [
  healthRoutes, instanceRoutes, sessionRoutes, userRoutes, auditRoutes, areasRoutes, incidentRoutes,
  publicSignalRoutes, staffSignalRoutes, signalAdminRoutes, signalPhotoRoutes, open311AdminRoutes,
  perceptionRoutes, missionRoutes, mailOutboxRoutes, workbenchRoutes,
];

export interface BuildOptions {
  /** Serve the built web app from web/dist (off in API tests). */
  serveWeb?: boolean;
  logger?: boolean;
}

export async function buildApp(deps: AppDeps, options: BuildOptions = {}): Promise<App> {
  const { config } = deps;
  const app = Fastify({
    logger: options.logger ? { level: config.logLevel } : false,
    bodyLimit: config.bodyLimit,
    trustProxy: config.trustProxy,
    genReqId: () => crypto.randomUUID(),
    routerOptions: { maxParamLength: MAX_PARAM_LENGTH },
    frameworkErrors: answerFrameworkError,
    clientErrorHandler: answerClientError,
  }).withTypeProvider<ZodTypeProvider>();

  // Bodies are JSON (Open311 and photos register their own parsers): text/plain is 415 like any other type.
  app.removeContentTypeParser('text/plain');
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerProblemHandlers(app);
  registerSecurityHeaders(app);
  registerInputGuard(app);
  // Before the rate-limit and OpenAPI plugins, which read the access rule and default limit it adds.
  registerAccessControl(app, ACCESS_RULES, { max: config.publicPerMinute, timeWindow: '1 minute' });
  await app.register(cookie);
  // Per-IP limits per route: the route's own `config.rateLimit` (login, public intake), else the
  // default for routes anonymous callers may use (access.ts).
  await app.register(rateLimit, { global: false });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Stadsveilig API',
        version: API_VERSION,
        description: 'Information-driven and mission-driven local safety policy. Errors are RFC 9457 problem+json.',
        license: { name: 'EUPL-1.2', url: 'https://eupl.eu/1.2/nl/' },
        contact: { name: 'Stadsveilig', url: 'https://stadsveilig.nl' },
      },
      servers: [{ url: config.publicUrl ?? '/' }],
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'sv_session' },
          csrf: { type: 'apiKey', in: 'header', name: 'x-csrf-token' },
        },
      },
    },
    transform: jsonSchemaTransform,
  });
  registerAuthentication(app, deps);

  await app.register(
    async (api) => {
      const typed = api.withTypeProvider<ZodTypeProvider>();
      typed.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
      for (const routes of ROUTE_MODULES) await routes(typed, deps);
    },
    { prefix: API_PREFIX },
  );
  // Open311 GeoReport v2 keeps its own URL scheme and error format, outside /api/v1.
  await app.register(async (open311) => open311Routes(open311, deps), { prefix: OPEN311_PREFIX });

  if (options.serveWeb) await registerWebApp(app, deps);
  return app;
}
