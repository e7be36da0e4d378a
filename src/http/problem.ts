/**
 * One central error handler: every error leaves the API as RFC 9457 application/problem+json
 * with `type`, `title`, `status`, `detail`, `instance` and, for invalid input, `errors[]`
 * naming every invalid field.
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import {
  AppError,
  badUrl,
  bodyTooLarge,
  clientError,
  internalError,
  invalidInput,
  invalidJson,
  notFoundBecause,
  pathTooLong,
  tooManyRequests,
  unsupportedMediaType,
  type FieldError,
} from '../core/errors.ts';
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
    const tail = p?.length ? p.map(String).join('.') : (issue.instancePath ?? '').replace(/^\//, '').replaceAll('/', '.');
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
    return invalidInput(errors);
  }
  if (isResponseSerializationError(error)) {
    return internalError('The server produced a reply that does not match its contract.');
  }
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return bodyTooLarge();
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return unsupportedMediaType();
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return invalidInput([{ name: 'body', reason: 'empty' }], 'The JSON body is empty.');
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return invalidJson(error.message);
    case 'FST_ERR_BAD_URL':
      return badUrl();
    case 'FST_ERR_MAX_PARAM_LENGTH':
      return pathTooLong();
  }
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
    if (error.statusCode === 429) return tooManyRequests(error.message);
    if (error.name === 'SyntaxError') {
      return invalidJson(error.message);
    }
    return clientError(error.statusCode, error.message);
  }
  return internalError();
}

export function registerProblemHandlers(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const appError = toAppError(error);
    if (appError.status >= 500) request.log.error({ err: error }, 'request failed');
    else if (appErrorOfDatabase(error)) request.log.warn({ err: error }, 'input refused by the database: check it in the module');
    return sendProblem(reply, request, appError);
  });
  app.setNotFoundHandler((request, reply) =>
    sendProblem(reply, request, notFoundBecause(`No resource at ${request.method} ${request.url.split('?')[0]}.`)),
  );
}
