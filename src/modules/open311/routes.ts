/**
 * Open311 GeoReport v2 at /open311/v2 (outside /api/v1): services, service definitions, posting
 * (form-encoded, api_key required), listing and fetching requests, and token look-up, each as
 * .json or .xml. Errors follow the spec: a list of {code, description} with 400/403/404/429.
 * Limits (rate-limits.ts): a request with a valid api_key counts against that key's hourly quota,
 * any other request against its IP address.
 */
import formbody from '@fastify/formbody';
import { z } from 'zod';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps, RouteModule } from '../../core/module-contract.ts';
import { AppError } from '../../core/errors.ts';
import { createApiKey, listApiKeys, revokeApiKey, setApiKeyQuota, verifyApiKey, type ValidApiKey } from './api-keys.ts';
import { render, renderError, splitFormat, type Format, type RenderedReply } from './format.ts';
import { Open311Error } from './open311-error.ts';
import { appErrorOfDatabase } from '../../db/database-errors.ts';
import { Open311Limits } from './rate-limits.ts';
import { createKeyBody, keyIdParams, keyList, keyView, newKeyReply, updateKeyBody } from './schema.ts';
import { listRequests, listServices, postRequest, requestByToken, serviceDefinition, type Open311Post } from './service.ts';

export const OPEN311_PREFIX = '/open311/v2';

type Params = { file: string };

const reply311 = (reply: FastifyReply, r: RenderedReply, status: number) => reply.code(status).type(r.contentType).send(r.body);

function send(
  reply: FastifyReply,
  format: Format,
  root: string,
  item: string,
  rows: Array<Record<string, unknown>>,
  status = 200,
): FastifyReply {
  return reply311(reply, render(format, root, item, rows), status);
}

/** A reply in the spec's error format (also used by src/http/framework-errors.ts under OPEN311_PREFIX). */
export function sendError(reply: FastifyReply, format: Format, status: number, description: string): FastifyReply {
  return reply311(reply, renderError(format, status, description), status);
}

function formatOf(url: string): Format {
  return /\.xml(\?|$)/.test(url) ? 'xml' : 'json';
}

function fileOrThrow(file: string): [string, Format] {
  const parsed = splitFormat(file);
  if (!parsed) throw new Open311Error(404, 'use the .json or .xml extension');
  return parsed;
}

const dateOrThrow = (v: string | undefined, name: string) => {
  if (v === undefined) return undefined;
  const d = new Date(v);
  if (Number.isNaN(d.getTime())) throw new Open311Error(400, `${name} must be a W3C date-time`);
  return d;
};

/** The municipality code (case-insensitive), e.g. gm0505 for Dordrecht. */
export function isJurisdiction(given: string, municipality: string): boolean {
  return given.trim().toLowerCase() === municipality.toLowerCase();
}

export async function open311Routes(app: FastifyInstance, { config, database }: AppDeps): Promise<void> {
  const env = { gemeente: config.municipality, publicUrl: config.publicUrl ?? '' };
  await app.register(formbody);
  app.setErrorHandler((err: Error & { statusCode?: number }, request, reply: FastifyReply) => {
    const format = formatOf(request.url);
    if (err instanceof Open311Error) return sendError(reply.headers(err.headers), format, err.status, err.message);
    const fromDatabase = appErrorOfDatabase(err);
    if (fromDatabase) request.log.warn({ err }, 'open311 input refused by the database');
    err = fromDatabase ?? err;
    if (err instanceof AppError && err.status < 500) {
      const detail = [err.message, ...err.errors.map((e) => `${e.name.replace(/^body\./, '')}: ${e.reason}`)].join(' ');
      return sendError(reply, format, err.status === 401 ? 403 : err.status === 422 || err.status === 409 ? 400 : err.status, detail);
    }
    if (err.statusCode && err.statusCode < 500) return sendError(reply, format, err.statusCode, err.message);
    request.log.error({ err }, 'open311 failed');
    return sendError(reply, format, 500, 'internal error');
  });
  app.setNotFoundHandler((request, reply) => sendError(reply, formatOf(request.url), 404, 'not found'));
  // GeoReport v2: jurisdiction_id is optional for a single-jurisdiction endpoint; an unknown one is 404.
  app.addHook('preHandler', async (request) => {
    const given =
      (request.query as Record<string, unknown> | undefined)?.jurisdiction_id ??
      (request.body as Record<string, unknown> | undefined)?.jurisdiction_id;
    if (given !== undefined && !isJurisdiction(String(given), config.municipality)) {
      throw new Open311Error(
        404,
        `jurisdiction_id '${String(given).slice(0, 100)}' is not served here; use ${config.municipality.toLowerCase()}`,
      );
    }
  });

  const limits = new Open311Limits(config);
  const validKeys = new WeakMap<FastifyRequest, ValidApiKey | null>();
  app.addHook('preHandler', async (request) => {
    const params = { ...(request.query as Record<string, unknown> | undefined), ...(request.body as Record<string, unknown> | undefined) };
    const key = await verifyApiKey(database.db, params.api_key);
    validKeys.set(request, key);
    limits.check(key, request.ip, request.method === 'POST');
  });

  const hide = { schema: { hide: true } };
  app.get<{ Params: { format: string } }>('/services.:format', hide, async (request, reply) => {
    const format = fileOrThrow(`services.${request.params.format}`)[1];
    return send(reply, format, 'services', 'service', await listServices(request.ctx, env.gemeente));
  });
  app.get<{ Params: Params }>('/services/:file', hide, async (request, reply) => {
    const [code, format] = fileOrThrow(request.params.file);
    const def = await serviceDefinition(request.ctx, env.gemeente, code);
    if (format === 'json') return reply.send(def);
    return send(reply, format, 'service_definition', 'service_code', [{ service_code: def.service_code }]);
  });
  app.post<{ Params: { format: string }; Body: Open311Post }>('/requests.:format', hide, async (request, reply) => {
    const format = fileOrThrow(`requests.${request.params.format}`)[1];
    if (!validKeys.get(request)) throw new Open311Error(403, 'api_key is missing or not valid');
    return send(
      reply,
      format,
      'service_requests',
      'request',
      await postRequest(request.ctx, env, (request.body ?? {}) as Open311Post),
      201,
    );
  });
  app.get<{ Params: { format: string }; Querystring: Record<string, string | undefined> }>(
    '/requests.:format',
    hide,
    async (request, reply) => {
      const format = fileOrThrow(`requests.${request.params.format}`)[1];
      const q = request.query;
      for (const [name, v] of Object.entries(q))
        if (typeof v !== 'string' || v.length > 2000)
          throw new Open311Error(400, `${name.slice(0, 40)} must be given once, as text of at most 2000 characters`);
      if (q.status && q.status !== 'open' && q.status !== 'closed') throw new Open311Error(400, "status must be 'open' or 'closed'");
      const rows = await listRequests(request.ctx, env, {
        ids: q.service_request_id
          ?.split(',')
          .map((s) => s.trim())
          .filter(Boolean),
        serviceCode: q.service_code,
        start: dateOrThrow(q.start_date, 'start_date'),
        end: dateOrThrow(q.end_date, 'end_date'),
        status: q.status as 'open' | 'closed' | undefined,
      });
      return send(reply, format, 'service_requests', 'request', rows);
    },
  );
  app.get<{ Params: Params }>('/requests/:file', hide, async (request, reply) => {
    const [id, format] = fileOrThrow(request.params.file);
    const rows = await listRequests(request.ctx, env, { ids: [id] });
    if (!rows.length) throw new Open311Error(404, `service_request_id '${id}' not found`);
    return send(reply, format, 'service_requests', 'request', rows);
  });
  app.get<{ Params: Params }>('/tokens/:file', hide, async (request, reply) => {
    const [token, format] = fileOrThrow(request.params.file);
    return send(reply, format, 'service_requests', 'request', await requestByToken(request.ctx, token));
  });
}

/** Open311 API keys for admins under /api/v1/open311-api-keys. */
export const open311AdminRoutes: RouteModule = (app) => {
  const tags = ['open311'];
  app.get('/open311-api-keys', { schema: { tags, summary: 'Open311 API keys (admins)', response: { 200: keyList } } }, async (request) => ({
    keys: await listApiKeys(request.ctx),
  }));
  app.post(
    '/open311-api-keys',
    {
      schema: { tags, summary: 'Create an Open311 API key; the key is shown once', body: createKeyBody, response: { 201: newKeyReply } },
    },
    async (request, reply) => reply.code(201).send(await createApiKey(request.ctx, request.body.name, request.body.quotaPerHour ?? null)),
  );
  app.patch(
    '/open311-api-keys/:id',
    {
      schema: {
        tags,
        summary: "Change an active Open311 API key's quota per hour",
        params: keyIdParams,
        body: updateKeyBody,
        response: { 200: keyView },
      },
    },
    async (request) => setApiKeyQuota(request.ctx, request.params.id, request.body.quotaPerHour),
  );
  app.delete(
    '/open311-api-keys/:id',
    { schema: { tags, summary: 'Revoke an Open311 API key', params: keyIdParams, response: { 204: z.null() } } },
    async (request, reply) => {
      await revokeApiKey(request.ctx, request.params.id);
      return reply.code(204).send(null);
    },
  );
};
