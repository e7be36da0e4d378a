/**
 * Resolves the session cookie into the request's service context and enforces CSRF protection:
 * a state-changing request made with a session cookie must echo the session's CSRF token in the
 * `x-csrf-token` header (synchroniser-token pattern, on top of SameSite=Strict cookies).
 */
import type { FastifyInstance } from 'fastify';
import { newTraceId } from '../core/context.ts';
import { AppError } from '../core/errors.ts';
import { SESSION_COOKIE, resolveSession } from '../modules/users/session-service.ts';
import { sendProblem } from './problem.ts';
import type { AppDeps } from './types.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function registerAuthentication(app: FastifyInstance, { database }: AppDeps): void {
  app.decorateRequest('ctx', null as never);
  app.decorateRequest('session', null);
  app.addHook('onRequest', async (request, reply) => {
    const traceparent = request.headers['traceparent'];
    const traceId =
      typeof traceparent === 'string' && /^[0-9a-f]{2}-[0-9a-f]{32}-/.test(traceparent) ? traceparent.slice(3, 35) : newTraceId();
    request.ctx = { actor: { kind: 'anonymous' }, db: database.db, traceId };
    const token = request.cookies[SESSION_COOKIE];
    if (!token) return;
    const resolved = await resolveSession(database.db, token);
    if (!resolved) return;
    request.ctx.actor = resolved.actor;
    request.session = { tokenHash: resolved.tokenHash, csrfToken: resolved.csrfToken };
    if (!SAFE_METHODS.has(request.method) && request.headers['x-csrf-token'] !== resolved.csrfToken) {
      return sendProblem(
        reply,
        request,
        new AppError(403, 'csrf', 'CSRF token missing or wrong', 'Send the x-csrf-token header you received from GET /api/v1/session.'),
      );
    }
  });
}
