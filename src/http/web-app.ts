/**
 * Serves the built web app (web/dist) and falls back to index.html for client-side routes.
 * Files are sent as the brotli or gzip copy the build wrote beside them (scripts/precompress.mjs)
 * when the browser accepts it (`content-encoding`, `vary: accept-encoding`); content-hashed assets
 * may be cached for a year, index.html is revalidated on every visit.
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

export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const REVALIDATE = 'no-cache';

/** `root`: the build to serve (tests pass their own). */
export async function registerWebApp(app: FastifyInstance, _deps: AppDeps, root = WEB_DIST): Promise<void> {
  const index = path.join(root, 'index.html');
  if (!fs.existsSync(index)) {
    app.log.warn(`No web build at ${root}; run "npm run build" to serve the web app.`);
    return;
  }
  await app.register(fastifyStatic, { root, prefix: '/', wildcard: false, index: ['index.html'], preCompressed: true });
  // Immutable, content-hashed assets may be cached; the page itself is revalidated, so a new
  // version reaches every browser at its next visit.
  app.addHook('onSend', async (request, reply, payload) => {
    if (request.url.startsWith('/assets/')) reply.header('cache-control', IMMUTABLE);
    else if (String(reply.getHeader('content-type') ?? '').startsWith('text/html')) reply.header('cache-control', REVALIDATE);
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
