/**
 * Errors Fastify answers before any route or hook runs — a path that is not valid percent-encoded
 * UTF-8 (`%ED%A0%80`, `%ZZ`), a path segment longer than `maxParamLength`, a request the HTTP
 * parser cannot read — leave like every other error: problem+json (under /open311/v2 the Open311
 * error list) with the security headers. Fastify's own JSON for these is never sent.
 */
import http from 'node:http';
import type { Duplex } from 'node:stream';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { OPEN311_PREFIX } from '../modules/open311/index.ts';
import { sendError } from '../modules/open311/index.ts';
import { PROBLEM_TYPE_BASE, sendProblem, toAppError } from './problem.ts';
import { securityHeadersFor } from './security-headers.ts';

/** Longest path parameter the router accepts (tokens are at most 100 characters plus `.json`). */
export const MAX_PARAM_LENGTH = 200;

const isOpen311 = (url: string) => url.startsWith(`${OPEN311_PREFIX}/`);
const open311Format = (url: string) => (/\.xml(\?|$)/.test(url) ? 'xml' : 'json');

/** Fastify's `frameworkErrors` option: routing errors through the one problem handler. */
export function answerFrameworkError(error: FastifyError, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  reply.headers(securityHeadersFor(request.url, request.protocol === 'https'));
  const appError = toAppError(error);
  if (isOpen311(request.url)) return sendError(reply, open311Format(request.url), appError.status, appError.message);
  return sendProblem(reply, request, appError);
}

/** The reply to a request the HTTP parser refused, written to the socket directly. */
export function clientErrorResponse(code: string | undefined): string {
  const status = code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : code === 'HPE_HEADER_OVERFLOW' ? 431 : 400;
  const title = http.STATUS_CODES[status] ?? 'Bad Request';
  const body = JSON.stringify({
    type: `${PROBLEM_TYPE_BASE}${status === 400 ? 'malformed-request' : status === 408 ? 'request-timeout' : 'headers-too-large'}`,
    title,
    status,
    detail:
      status === 400
        ? 'The HTTP request could not be read.'
        : status === 408
          ? 'The request took too long to arrive.'
          : 'The request headers are too large.',
  });
  const headers = {
    ...securityHeadersFor('/api/', false),
    'content-type': 'application/problem+json; charset=utf-8',
    'content-length': String(Buffer.byteLength(body)),
    connection: 'close',
  };
  const head = Object.entries(headers)
    .map(([k, v]) => `${k}: ${v}`)
    .join('\r\n');
  return `HTTP/1.1 ${status} ${title}\r\n${head}\r\n\r\n${body}`;
}

/** Fastify's `clientErrorHandler` option. */
export function answerClientError(error: Error & { code?: string }, socket: Duplex): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  if (socket.writable) socket.write(clientErrorResponse(error.code));
  socket.destroy(error);
}
