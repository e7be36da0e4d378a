/**
 * Builds the Fastify application: conventions (problem+json, security headers, OpenAPI,
 * authentication, CSRF) first, then every module's routes under /api/v1, then the web app.
 */
import compress from '@fastify/compress';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import Fastify from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { registerAccessControl } from './access.ts';
import { ACCESS_RULES } from './access-rules.ts';
import { MODULES } from '../modules/index.ts';
import { registerAuthentication } from './authentication.ts';
import { answerClientError, answerFrameworkError, MAX_PARAM_LENGTH } from './framework-errors.ts';
import { registerInputGuard } from './input-guard.ts';
import { registerProblemHandlers } from './problem.ts';
import { API_VERSION } from '../core/api-version.ts';
import { registerSecurityHeaders } from './security-headers.ts';
import type { App, AppDeps } from '../core/module-contract.ts';
import { serializeRequest } from './log-serializers.ts';
import { registerWebApp } from './web-app.ts';

export const API_PREFIX = '/api/v1';

export interface BuildOptions {
  /** Serve the built web app from web/dist (off in API tests). */
  serveWeb?: boolean;
  logger?: boolean;
}

export async function buildApp(deps: AppDeps, options: BuildOptions = {}): Promise<App> {
  const { config } = deps;
  const app = Fastify({
    // Paths only: a query may hold a resident's address or location (log-serializers.ts).
    logger: options.logger ? { level: config.logLevel, serializers: { req: (request) => serializeRequest(request) } } : false,
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
  // Replies above 2 kB (area GeoJSON, analysis views, lists) go out brotli- or gzip-compressed when the
  // client accepts it; the web app's files are precompressed already (web-app.ts). Request bodies are
  // never decompressed (a compressed body is no valid JSON: 400).
  await app.register(compress, { globalCompression: true, globalDecompression: false, threshold: 2048, encodings: ['br', 'gzip'] });
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
      const withModules: AppDeps = { ...deps, modules: MODULES };
      for (const module of MODULES) for (const routes of module.routes ?? []) await routes(typed, withModules);
    },
    { prefix: API_PREFIX },
  );
  // Routes with a URL scheme and error format of their own, outside /api/v1 (Open311 GeoReport v2).
  for (const module of MODULES) {
    for (const mount of module.mounts ?? []) await app.register(async (scoped) => mount.routes(scoped, deps), { prefix: mount.prefix });
  }

  if (options.serveWeb) await registerWebApp(app, deps);
  return app;
}
