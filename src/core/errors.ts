/**
 * The catalogue of application errors. Services throw these; the HTTP layer turns them into
 * RFC 9457 problem+json and the CLI into one readable line. Each carries a stable `type` slug.
 */
export interface FieldError {
  /** JSON pointer-ish path of the field, e.g. `body.email` or `query.lat`. */
  name: string;
  reason: string;
}

export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly type: string,
    readonly title: string,
    detail: string,
    readonly errors: FieldError[] = [],
    readonly headers: Record<string, string> = {},
  ) {
    super(detail);
    this.name = 'AppError';
  }
}

export const badRequest = (detail: string, errors: FieldError[] = []) =>
  new AppError(400, 'bad-request', 'Bad request', detail, errors);

export const invalidInput = (errors: FieldError[], detail = 'One or more fields are invalid.') =>
  new AppError(400, 'invalid-input', 'Invalid input', detail, errors);

export const unauthenticated = (detail = 'You need to log in for this.') =>
  new AppError(401, 'unauthenticated', 'Not logged in', detail);

export const forbidden = (detail = 'Your role does not allow this.') =>
  new AppError(403, 'forbidden', 'Forbidden', detail);

export const notFound = (what: string, id: string) =>
  new AppError(404, 'not-found', 'Not found', `${what} '${id}' does not exist.`);

export const conflict = (detail: string) => new AppError(409, 'conflict', 'Conflict', detail);

export const tooManyRequests = (detail: string, retryAfterSeconds: number) =>
  new AppError(429, 'too-many-requests', 'Too many requests', detail, [], {
    'retry-after': String(Math.max(1, Math.ceil(retryAfterSeconds))),
  });

/**
 * A command-line mistake (a missing option, an unreadable mapping file): the CLI prints its message
 * as one line and exits with `exitCode`. Services throw AppErrors; command code may throw this.
 */
export class CliError extends Error {
  constructor(message: string, readonly exitCode = 1) {
    super(message);
    this.name = 'CliError';
  }
}
