/**
 * A small fetch wrapper for the Stadsveilig API: JSON in and out, the CSRF header on every
 * state-changing request, and RFC 9457 problem+json turned into an `ApiError`.
 * The helpers above `createClient` are pure so they can be unit-tested without a browser.
 */
import type { Problem } from './types.ts';

export const CSRF_HEADER = 'x-csrf-token';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;
  /** Seconds from a Retry-After header (429, 503), if any. */
  readonly retryAfter: number | null;

  constructor(problem: Problem, retryAfter: number | null = null) {
    super(problem.detail || problem.title);
    this.name = 'ApiError';
    this.status = problem.status;
    this.problem = problem;
    this.retryAfter = retryAfter;
  }
}

export interface RequestOptions {
  method?: string;
  /** JSON-serialised, except FormData (multipart uploads), which is sent as is. */
  body?: unknown;
  csrfToken?: string | null;
  /** Extra request headers, e.g. `Idempotency-Key`. */
  headers?: Record<string, string>;
}

/** FormData exists in browsers and Node 18+; checked structurally so the helper stays pure. */
function isFormData(body: unknown): body is FormData {
  return typeof FormData !== 'undefined' && body instanceof FormData;
}

/** The fetch init for one API call: JSON body, Accept header, CSRF header on non-GET. */
export function buildRequestInit(options: RequestOptions = {}): RequestInit {
  const method = (options.method ?? 'GET').toUpperCase();
  const headers: Record<string, string> = { accept: 'application/json, application/problem+json', ...options.headers };
  const multipart = isFormData(options.body);
  // Multipart: the browser sets content-type with the boundary itself.
  if (options.body !== undefined && !multipart) headers['content-type'] = 'application/json';
  if (!SAFE_METHODS.has(method) && options.csrfToken) headers[CSRF_HEADER] = options.csrfToken;
  let body: RequestInit['body'];
  if (multipart) body = options.body as FormData;
  else if (options.body !== undefined) body = JSON.stringify(options.body);
  return { method, headers, credentials: 'same-origin', body };
}

/** Retry-After as seconds: delta-seconds or an HTTP date relative to `now`. */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | null {
  if (!value) return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return null;
  return Math.max(0, Math.ceil((date - now) / 1000));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A Problem from any error reply: the problem+json body when it is one, otherwise a generic
 * problem built from the status so the UI always has a `detail` to show.
 */
export function parseProblem(status: number, bodyText: string, statusText = ''): Problem {
  let body: unknown = null;
  try {
    body = bodyText ? JSON.parse(bodyText) : null;
  } catch {
    body = null;
  }
  const fallbackTitle = statusText || `HTTP ${status}`;
  if (!isRecord(body)) {
    return { type: 'about:blank', title: fallbackTitle, status, detail: fallbackTitle };
  }
  const title = typeof body.title === 'string' ? body.title : fallbackTitle;
  const problem: Problem = {
    type: typeof body.type === 'string' ? body.type : 'about:blank',
    title,
    status: typeof body.status === 'number' ? body.status : status,
    detail: typeof body.detail === 'string' && body.detail ? body.detail : title,
  };
  if (typeof body.instance === 'string') problem.instance = body.instance;
  if (Array.isArray(body.errors)) {
    problem.errors = body.errors.filter(isRecord).map((e) => ({ name: String(e.name ?? ''), reason: String(e.reason ?? '') }));
  }
  return problem;
}

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

export interface ApiClient {
  request<T>(path: string, options?: RequestOptions): Promise<T>;
}

/** Fired on window when the API answers 401 outside the login call: the session has ended. */
export const UNAUTHORIZED_EVENT = 'stadsveilig:unauthorized';

/**
 * The problem that passes by itself and no page explains: the server still starting. (`analysis-loading`
 * is not asked again here: the analysis views say "still loading" and ask again themselves, ViewStatus.tsx.)
 */
const PASSING = /(^|\/)starting$/;
/** How often a read waits for such a problem to pass, and the longest single wait (seconds). */
export const PASSING_RETRIES = 8;
const LONGEST_WAIT = 5;

/** True when a read should be asked again after the wait the server names (503 starting). */
export function passesBy(status: number, problemType: string, method: string): boolean {
  return status === 503 && method === 'GET' && PASSING.test(problemType);
}

/**
 * A client bound to a base URL (empty for same origin) and a fetch implementation;
 * `onUnauthorized` is called for a 401 reply, except on the session endpoint itself. A read answered
 * 503 `starting` is asked again after the server's Retry-After (at most 5 s,
 * {@link PASSING_RETRIES} times), so a page opened just after a restart fills itself in.
 */
export function createClient(
  baseUrl = '',
  fetchImpl: FetchLike = (i, init) => fetch(i, init),
  onUnauthorized: () => void = () => {},
  wait: (seconds: number) => Promise<void> = (s) => new Promise((r) => setTimeout(r, s * 1000)),
): ApiClient {
  return {
    async request<T>(path: string, options: RequestOptions = {}): Promise<T> {
      const init = buildRequestInit(options);
      let response = await fetchImpl(baseUrl + path, init);
      let text = await response.text();
      for (let tries = 0; tries < PASSING_RETRIES && !response.ok; tries++) {
        const problem = parseProblem(response.status, text, response.statusText);
        if (!passesBy(response.status, problem.type, init.method ?? 'GET')) break;
        await wait(Math.min(LONGEST_WAIT, parseRetryAfter(response.headers.get('retry-after')) ?? 1));
        response = await fetchImpl(baseUrl + path, init);
        text = await response.text();
      }
      if (!response.ok) {
        if (response.status === 401 && !path.startsWith('/api/v1/session')) onUnauthorized();
        const retryAfter = parseRetryAfter(response.headers.get('retry-after'));
        throw new ApiError(parseProblem(response.status, text, response.statusText), retryAfter);
      }
      return (text ? JSON.parse(text) : undefined) as T;
    },
  };
}

export const api = createClient('', undefined, () => {
  const target = globalThis as { dispatchEvent?: (event: Event) => boolean };
  target.dispatchEvent?.(new Event(UNAUTHORIZED_EVENT));
});
