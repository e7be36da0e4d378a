/**
 * One central error handler: every error leaves the API as RFC 9457 application/problem+json
 * with `type`, `title`, `status`, `detail`, `instance` and, for invalid input, `errors[]`
 * naming every invalid field.
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { AppError, type FieldError } from '../core/errors.ts';
import { appErrorOfDatabase } from '../db/database-errors.ts';

export const PROBLEM_TYPE_BASE = 'https://stadsveilig.nl/problems/';

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  errors?: FieldError[];
}

export function sendProblem(reply: FastifyReply, request: FastifyRequest, err: AppError): FastifyReply {
  const body: Problem = {
    type: PROBLEM_TYPE_BASE + err.type,
    title: err.title,
    status: err.status,
    detail: err.message,
    instance: request.url.split('?')[0],
    ...(err.errors.length ? { errors: err.errors } : {}),
  };
  return reply.code(err.status).headers(err.headers).type('application/problem+json').send(body);
}

interface ValidationIssue {
  instancePath?: string;
  message?: string;
  params?: { issue?: { path?: PropertyKey[]; message?: string } };
}

function fieldErrorsOf(context: string, issues: ValidationIssue[]): FieldError[] {
  const part = context === 'querystring' ? 'query' : context;
  return issues.map((issue) => {
    const p = issue.params?.issue?.path;
    const tail = p && p.length ? p.map(String).join('.') : (issue.instancePath ?? '').replace(/^\//, '').replaceAll('/', '.');
    return { name: tail ? `${part}.${tail}` : part, reason: issue.params?.issue?.message ?? issue.message ?? 'invalid' };
  });
}

/** Maps framework and library errors onto the error catalogue. */
export function toAppError(error: FastifyError): AppError {
  if (error instanceof AppError) return error;
  const fromDatabase = appErrorOfDatabase(error);
  if (fromDatabase) return fromDatabase;
  if (hasZodFastifySchemaValidationErrors(error)) {
    const errors = fieldErrorsOf(error.validationContext ?? 'request', error.validation as ValidationIssue[]);
    return new AppError(400, 'invalid-input', 'Invalid input', 'One or more fields are invalid.', errors);
  }
  if (isResponseSerializationError(error)) {
    return new AppError(500, 'internal', 'Internal error', 'The server produced a reply that does not match its contract.');
  }
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new AppError(413, 'body-too-large', 'Request body too large', 'The request body is larger than this endpoint accepts.');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new AppError(415, 'unsupported-media-type', 'Unsupported media type', 'Send the body as application/json.');
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new AppError(400, 'invalid-input', 'Invalid input', 'The JSON body is empty.', [{ name: 'body', reason: 'empty' }]);
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return new AppError(400, 'invalid-json', 'Invalid JSON', 'The request body is not valid JSON.', [{ name: 'body', reason: error.message }]);
    case 'FST_ERR_BAD_URL':
      return new AppError(400, 'bad-url', 'Malformed path', 'The path is not valid percent-encoded UTF-8.', [{ name: 'path', reason: 'not valid percent-encoded UTF-8' }]);
    case 'FST_ERR_MAX_PARAM_LENGTH':
      return new AppError(414, 'path-too-long', 'Path segment too long', 'A segment of the path is longer than this API accepts.', [{ name: 'path', reason: 'a segment is too long' }]);
  }
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
    if (error.statusCode === 429) return new AppError(429, 'too-many-requests', 'Too many requests', error.message);
    if (error.name === 'SyntaxError') {
      return new AppError(400, 'invalid-json', 'Invalid JSON', 'The request body is not valid JSON.', [{ name: 'body', reason: error.message }]);
    }
    return new AppError(error.statusCode, 'bad-request', 'Bad request', error.message);
  }
  return new AppError(500, 'internal', 'Internal error', 'Something went wrong on our side. The error was logged.');
}

export function registerProblemHandlers(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const appError = toAppError(error);
    if (appError.status >= 500) request.log.error({ err: error }, 'request failed');
    else if (appErrorOfDatabase(error)) request.log.warn({ err: error }, 'input refused by the database: check it in the module');
    return sendProblem(reply, request, appError);
  });
  app.setNotFoundHandler((request, reply) =>
    sendProblem(reply, request, new AppError(404, 'not-found', 'Not found', `No resource at ${request.method} ${request.url.split('?')[0]}.`)),
  );
}
