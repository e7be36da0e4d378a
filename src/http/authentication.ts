/**
 * Resolves the session cookie into the request's service context and enforces CSRF protection:
 * a state-changing request made with a session cookie must echo the session's CSRF token in the
 * `x-csrf-token` header (synchroniser-token pattern, on top of SameSite=Strict cookies).
 * A session whose password must be changed (first login, after a reset) reaches only the routes
 * in `PASSWORD_CHANGE_ROUTES`; every other API route answers 403 `password-change-required`.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { newTraceId } from '../core/context.ts';
import { csrfRefused, passwordChangeRequired } from '../core/errors.ts';
import { SESSION_COOKIE, resolveSession } from '../modules/users/index.ts';
import { sendProblem } from './problem.ts';
import type { AppDeps } from '../core/module-contract.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/**
 * The routes that start a new session (log in, accept an invitation): they act for nobody yet, so a
 * session cookie the browser still holds is ignored there instead of asking for that session's CSRF
 * token — otherwise logging in again, or opening an invitation while logged in as someone else,
 * answered 403 csrf. The reply's cookie replaces the old session's.
 */
const STARTS_A_SESSION = new Set(['POST /api/v1/session', 'POST /api/v1/session/invitation']);

/** What a session that must change its password may still do: see who it is, change it, log out. */
export const PASSWORD_CHANGE_ROUTES = new Set([
  'GET /api/v1/session',
  'HEAD /api/v1/session',
  'POST /api/v1/session',
  'DELETE /api/v1/session',
  'POST /api/v1/session/password',
  // accepting an invitation starts another account's session (see STARTS_A_SESSION)
  'POST /api/v1/session/invitation',
  'GET /api/v1/instance',
  'GET /api/v1/health',
]);

/** API routes only; the web app's own files stay reachable so it can show the change form. */
function blockedUntilPasswordChange(request: FastifyRequest): boolean {
  const path = request.routeOptions.url ?? request.url.split('?')[0] ?? '';
  const api = path.startsWith('/api/') || path.startsWith('/open311/');
  return api && !PASSWORD_CHANGE_ROUTES.has(`${request.method} ${path}`);
}

const mustChangeFirst = () =>
  passwordChangeRequired('Your password is a one-time password: change it first (POST /api/v1/session/password).');

export function registerAuthentication(app: FastifyInstance, { database, config }: AppDeps): void {
  app.decorateRequest('ctx', null as never);
  app.decorateRequest('session', null);
  app.addHook('onRequest', async (request, reply) => {
    const traceparent = request.headers.traceparent;
    const traceId =
      typeof traceparent === 'string' && /^[0-9a-f]{2}-[0-9a-f]{32}-/.test(traceparent) ? traceparent.slice(3, 35) : newTraceId();
    request.ctx = { actor: { kind: 'anonymous' }, db: database.db, traceId };
    const token = request.cookies[SESSION_COOKIE];
    if (!token || STARTS_A_SESSION.has(`${request.method} ${request.routeOptions.url}`)) return;
    const resolved = await resolveSession(database.db, token, config.sessionIdleMinutes);
    if (!resolved) return;
    request.ctx.actor = resolved.actor;
    request.session = { tokenHash: resolved.tokenHash, csrfToken: resolved.csrfToken };
    if (!SAFE_METHODS.has(request.method) && request.headers['x-csrf-token'] !== resolved.csrfToken) {
      return sendProblem(reply, request, csrfRefused());
    }
    if (resolved.mustChangePassword && blockedUntilPasswordChange(request)) return sendProblem(reply, request, mustChangeFirst());
  });
}
