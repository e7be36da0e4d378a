/**
 * Serves the built web app (web/dist) and falls back to index.html for client-side routes.
 * Unknown /api paths keep their problem+json 404.
 */
import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { projectRoot } from '../core/config.ts';
import { notFoundBecause } from '../core/errors.ts';
import { sendProblem } from './problem.ts';
import type { AppDeps } from '../core/module-contract.ts';

export const WEB_DIST = path.join(projectRoot, 'web', 'dist');

export async function registerWebApp(app: FastifyInstance, _deps: AppDeps): Promise<void> {
  const index = path.join(WEB_DIST, 'index.html');
  if (!fs.existsSync(index)) {
    app.log.warn(`No web build at ${WEB_DIST}; run "npm run build" to serve the web app.`);
    return;
  }
  await app.register(fastifyStatic, { root: WEB_DIST, prefix: '/', wildcard: false, index: ['index.html'] });
  // Immutable, content-hashed assets may be cached; everything else is revalidated.
  app.addHook('onSend', async (request, reply, payload) => {
    if (request.url.startsWith('/assets/')) reply.header('cache-control', 'public, max-age=31536000, immutable');
    return payload;
  });
  // Client-side routes: a catch-all GET (static files win) answers with index.html. The central
  // not-found handler (problem.ts) stays in charge of everything else.
  app.get('/*', { schema: { hide: true } }, (request, reply) => {
    const url = request.url.split('?')[0] ?? '/';
    if (url.startsWith('/api/') || url.startsWith('/open311/') || path.extname(url)) {
      return sendProblem(reply, request, notFoundBecause(`No resource at ${request.method} ${url}.`));
    }
    return reply.type('text/html').sendFile('index.html');
  });
}
