/**
 * Every door declares who may open it, once, in access-rules.ts (keyed `METHOD /path` as OpenAPI
 * writes it). The edge reads that rule for each route as it is registered and
 *  - checks it right after authentication, before the body is parsed or validated: anonymous → 401,
 *    a role without any of the rule's permissions → 403 (services still authorise in detail:
 *    need-to-know scopes, object ownership);
 *  - publishes it in OpenAPI as `x-access` (and `security`), so the authorisation matrix test
 *    (test/security/) reads it from the document and proves it for every role;
 *  - gives every route anonymous callers may use a per-IP rate limit unless the route sets its own
 *    (`config.rateLimit`) or limits itself (Open311: per API key or IP); logged-in users are not
 *    counted against it.
 * A route without a rule is left to its service and fails the matrix test (routeAccessList).
 */
import type { FastifyInstance, FastifyRequest, RouteOptions } from 'fastify';
import { forbidden, unauthenticated } from '../core/errors.ts';
import { roleAllows, type Permission } from '../core/roles.ts';

/** `public`: anyone; `session`: any logged-in user; otherwise any one of these permissions. */
export type AccessRule = 'public' | 'session' | Permission | readonly Permission[];

export interface RouteAccess {
  method: string;
  /** The path as OpenAPI writes it: `/api/v1/signals/{id}`. */
  path: string;
  rule: AccessRule | undefined;
}

export interface PublicRateLimit {
  max: number;
  timeWindow: string;
}

const registry = new WeakMap<FastifyInstance, RouteAccess[]>();

/** Routes the edge guards: the API and Open311 (the web app's static files are not). */
export const isGuardedUrl = (url: string) => url.startsWith('/api/') || url.startsWith('/open311/');

/** `/api/v1/signals/:id` → `/api/v1/signals/{id}`. */
export const openApiPath = (url: string) => url.replace(/:([A-Za-z0-9_]+)/g, '{$1}');

export const permissionsOfRule = (rule: AccessRule): readonly Permission[] =>
  rule === 'public' || rule === 'session' ? [] : typeof rule === 'string' ? [rule] : rule;

/** Whether an actor with `role` (undefined: anonymous) passes the rule at the edge. */
export function ruleAdmits(rule: AccessRule, role: Parameters<typeof roleAllows>[0] | undefined): boolean {
  if (rule === 'public') return true;
  if (role === undefined) return false;
  return rule === 'session' || permissionsOfRule(rule).some((p) => roleAllows(role, p));
}

function guardFor(rule: AccessRule) {
  const permissions = permissionsOfRule(rule);
  return async (request: FastifyRequest) => {
    const { actor } = request.ctx;
    if (actor.kind === 'system') return;
    if (actor.kind === 'anonymous') throw unauthenticated();
    if (!ruleAdmits(rule, actor.role)) throw forbidden(`Your role '${actor.role}' may not do '${permissions.join("' or '")}'.`);
  };
}

const hookList = <T>(hooks: T | T[] | undefined): T[] => (hooks === undefined ? [] : Array.isArray(hooks) ? hooks : [hooks]);

function describeInOpenApi(route: RouteOptions, rule: AccessRule): void {
  const security = rule === 'public' ? [] : route.method === 'GET' ? [{ session: [] }] : [{ session: [], csrf: [] }];
  route.schema = { ...route.schema, 'x-access': typeof rule === 'string' ? rule : [...rule], security } as RouteOptions['schema'];
}

/** Open311 counts its own requests: per API key (its quota) or per IP (open311/rate-limits.ts). */
const limitsItself = (url: string) => url.startsWith('/open311/');

function addPublicRateLimit(route: RouteOptions, limit: PublicRateLimit): void {
  const config = (route.config ?? {}) as { rateLimit?: unknown };
  if (config.rateLimit !== undefined || limitsItself(route.url)) return;
  const allowList = (request: FastifyRequest) => request.ctx?.actor.kind === 'user';
  route.config = { ...config, rateLimit: { ...limit, allowList } } as RouteOptions['config'];
}

/** Register before the rate-limit and OpenAPI plugins: both read what this adds to each route. */
export function registerAccessControl(app: FastifyInstance, rules: Readonly<Record<string, AccessRule>>, limit: PublicRateLimit): void {
  const routes: RouteAccess[] = [];
  registry.set(app, routes);
  app.addHook('onRoute', (route) => {
    if (!isGuardedUrl(route.url)) return;
    const method = String(hookList(route.method)[0]);
    const path = openApiPath(route.url);
    // HEAD routes Fastify adds for every GET share the GET's rule.
    const rule = rules[`${method === 'HEAD' ? 'GET' : method} ${path}`];
    if (method !== 'HEAD') routes.push({ method, path, rule });
    if (rule === undefined) {
      app.log.warn(`No access rule for ${method} ${path}: add one to src/http/access-rules.ts`);
      addPublicRateLimit(route, limit);
      return;
    }
    describeInOpenApi(route, rule);
    if (rule === 'public') addPublicRateLimit(route, limit);
    else route.onRequest = [...hookList(route.onRequest), guardFor(rule)];
  });
}

/** Every API and Open311 route registered on `app` with its rule (undefined: none declared). */
export function routeAccessList(app: FastifyInstance): RouteAccess[] {
  return [...(registry.get(app) ?? [])];
}
