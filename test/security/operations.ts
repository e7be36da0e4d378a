/**
 * Every operation of the running app: the documented ones from /api/v1/openapi.json (with their
 * parameter and body schemas and the `x-access` rule the edge published), plus the routes OpenAPI
 * hides (Open311, the document itself) from the edge's route list, with hand-made samples.
 */
import type { InjectOptions } from 'fastify';
import type { AccessRule, RouteAccess } from '../../src/http/access.ts';
import type { App } from '../../src/core/module-contract.ts';
import { sampleOf, SAMPLE_UUID, type JsonSchema } from './sample-input.ts';

export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required: boolean;
  schema: JsonSchema;
}

export interface Operation {
  method: string;
  /** As OpenAPI writes it: `/api/v1/signals/{id}`. */
  path: string;
  /** The rule published in OpenAPI (`x-access`), or the edge's rule for hidden routes. */
  rule: AccessRule | undefined;
  documented: boolean;
  params: Parameter[];
  body?: JsonSchema;
  /** For hidden routes: a valid-looking request part by part. */
  sample?: { path?: Record<string, string>; query?: Record<string, string>; form?: Record<string, string>; optionalQuery?: string[] };
}

/** What a request is made of before it is serialised; the fuzz replaces one part at a time. */
export interface RequestParts {
  path: Record<string, unknown>;
  query: Record<string, unknown>;
  body: unknown;
  form?: Record<string, string>;
}

const HIDDEN_SAMPLES: Record<string, Operation['sample']> = {
  'GET /api/v1/openapi.json': {},
  'GET /open311/v2/services/{file}': { path: { file: 'afval.json' } },
  'POST /open311/v2/requests.{format}': {
    path: { format: 'json' },
    form: { service_code: 'afval', lat: '51.81', long: '4.67', description: 'Losse stoeptegel bij de ingang', api_key: 'not-a-key' },
  },
  'GET /open311/v2/requests.{format}': {
    path: { format: 'json' },
    query: { status: 'open' },
    optionalQuery: ['service_request_id', 'service_code', 'start_date', 'end_date', 'jurisdiction_id'],
  },
  'GET /open311/v2/services.{format}': { path: { format: 'json' }, optionalQuery: ['jurisdiction_id'] },
  'GET /open311/v2/requests/{file}': { path: { file: `${SAMPLE_UUID}.json` } },
  'GET /open311/v2/tokens/{file}': { path: { file: 'abcdefghijklmnopqrstuvwxyz012345.json' } },
};

/**
 * Path parameters that keep a request away from side effects a test must not have: the PDF report
 * of a wijk that does not exist answers 404 before any browser starts.
 */
const PATH_OVERRIDES: Record<string, Record<string, string>> = {
  'GET /api/v1/areas/{code}/report.pdf': { code: 'WK999999' },
};

interface OpenApiOperation {
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
  'x-access'?: AccessRule;
}

export async function listOperations(app: App, routes: RouteAccess[]): Promise<Operation[]> {
  const doc = (await app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json() as {
    paths: Record<string, Record<string, OpenApiOperation>>;
  };
  const ops: Operation[] = [];
  for (const [path, methods] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      const body = op.requestBody?.content?.['application/json']?.schema;
      ops.push({
        method: method.toUpperCase(),
        path,
        rule: op['x-access'],
        documented: true,
        params: op.parameters ?? [],
        ...(body ? { body } : {}),
      });
    }
  }
  const documented = new Set(ops.map((o) => `${o.method} ${o.path}`));
  for (const r of routes) {
    const key = `${r.method} ${r.path}`;
    if (documented.has(key)) continue;
    const sample = HIDDEN_SAMPLES[key] ?? {};
    const params = (sample.optionalQuery ?? []).map(
      (name): Parameter => ({ name, in: 'query', required: false, schema: { type: 'string' } }),
    );
    ops.push({ method: r.method, path: r.path, rule: r.rule, documented: false, params, sample });
  }
  return ops.sort((a, b) => `${a.path} ${a.method}`.localeCompare(`${b.path} ${b.method}`));
}

/** A valid-looking request: every path parameter, the required query parameters, the body. */
export function sampleParts(op: Operation): RequestParts {
  if (op.sample)
    return {
      path: { ...op.sample.path },
      query: { ...op.sample.query },
      body: undefined,
      ...(op.sample.form ? { form: { ...op.sample.form } } : {}),
    };
  const path: Record<string, unknown> = {};
  const query: Record<string, unknown> = {};
  for (const p of op.params) {
    if (p.in === 'path') path[p.name] = sampleOf(p.schema);
    if (p.in === 'query' && p.required) query[p.name] = sampleOf(p.schema);
  }
  Object.assign(path, PATH_OVERRIDES[`${op.method} ${op.path}`]);
  return { path, query, body: op.body ? sampleOf(op.body) : undefined };
}

/** A query parameter sent under several keys: `name=a&name=b`, or with a suffix: `name[a]=b`. */
export class QueryKeys {
  constructor(readonly entries: Array<[suffix: string, value: string]>) {}
}

/** A JSON number text JSON.stringify cannot write (1e400 parses to Infinity). */
export class RawJson {
  constructor(readonly text: string) {}
}

/**
 * Percent-encoding that also writes a lone surrogate (as the bytes WTF-8 gives it, e.g. %ED%A0%80),
 * where encodeURIComponent throws: a client can send those bytes, so the fuzz must too.
 */
export function percentEncode(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    const pair = unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    if (pair) {
      out += encodeURIComponent(text.slice(i, i + 2));
      i += 1;
    } else if (unit >= 0xd800 && unit <= 0xdfff) {
      out += [0xe0 | (unit >> 12), 0x80 | ((unit >> 6) & 0x3f), 0x80 | (unit & 0x3f)]
        .map((b) => `%${b.toString(16).toUpperCase()}`)
        .join('');
    } else {
      out += encodeURIComponent(text[i]!);
    }
  }
  return out;
}

const queryValue = (v: unknown): string =>
  Array.isArray(v) ? v.map(String).join(',') : typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v);

function queryString(query: Record<string, unknown>): string {
  const pairs: string[] = [];
  for (const [k, v] of Object.entries(query)) {
    if (v instanceof QueryKeys)
      for (const [suffix, value] of v.entries) pairs.push(`${percentEncode(`${k}${suffix}`)}=${percentEncode(value)}`);
    else pairs.push(`${percentEncode(k)}=${percentEncode(queryValue(v))}`);
  }
  return pairs.join('&');
}

const formText = (form: Record<string, string>) =>
  Object.entries(form)
    .map(([k, v]) => `${percentEncode(k)}=${percentEncode(v)}`)
    .join('&');

function jsonText(body: unknown): string {
  const raw: string[] = [];
  const text = JSON.stringify(body, (_, v: unknown) => (v instanceof RawJson ? `\u0001raw${raw.push(v.text) - 1}` : v));
  return text.replace(/"\\u0001raw(\d+)"/g, (_, i: string) => raw[Number(i)]!);
}

export function toInject(op: Operation, parts: RequestParts, headers: Record<string, string> = {}): InjectOptions {
  const url = op.path.replace(/\{([A-Za-z0-9_]+)\}/g, (_, name: string) => percentEncode(String(parts.path[name] ?? 'x')));
  const search = queryString(parts.query);
  const request: InjectOptions = {
    method: op.method as InjectOptions['method'],
    url: search ? `${url}?${search}` : url,
    headers: { ...headers },
  };
  if (parts.form) {
    request.headers = { ...request.headers, 'content-type': 'application/x-www-form-urlencoded' };
    request.payload = formText(parts.form);
  } else if (parts.body !== undefined) {
    request.headers = { ...request.headers, 'content-type': 'application/json' };
    request.payload = jsonText(parts.body);
  }
  return request;
}
