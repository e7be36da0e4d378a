/**
 * The catalogue of application errors: one function per problem type, each with its stable `type`
 * slug, status and title (docs/API.md lists them). Services throw these; the HTTP layer turns them
 * into RFC 9457 problem+json and the CLI into one readable line. Nothing outside this file calls
 * `new AppError` (test/architecture/error-catalogue.test.ts).
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

const retryAfter = (seconds?: number): Record<string, string> =>
  seconds === undefined ? {} : { 'retry-after': String(Math.max(1, Math.ceil(seconds))) };

// 400 — the request or file cannot be used as sent.
export const badRequest = (detail: string, errors: FieldError[] = []) => new AppError(400, 'bad-request', 'Bad request', detail, errors);

/** Another 4xx the web framework raised (e.g. 405, 406), kept with its status. */
export const clientError = (status: number, detail: string) => new AppError(status, 'bad-request', 'Bad request', detail);

export const invalidInput = (errors: FieldError[], detail = 'One or more fields are invalid.') =>
  new AppError(400, 'invalid-input', 'Invalid input', detail, errors);

export const invalidJson = (reason: string) =>
  new AppError(400, 'invalid-json', 'Invalid JSON', 'The request body is not valid JSON.', [{ name: 'body', reason }]);

export const invalidValue = (detail = 'A value in the request is out of range or cannot be stored.') =>
  new AppError(400, 'invalid-value', 'Invalid value', detail);

export const tooComplex = (detail = 'The request is too large or too complex to process.') =>
  new AppError(400, 'too-complex', 'Request too complex', detail);

export const badUrl = () =>
  new AppError(400, 'bad-url', 'Malformed path', 'The path is not valid percent-encoded UTF-8.', [
    { name: 'path', reason: 'not valid percent-encoded UTF-8' },
  ]);

export const formCheckFailed = (detail: string) =>
  new AppError(400, 'form-check-failed', 'Form check failed', detail, [{ name: 'body.formToken', reason: detail }]);

/** A file that cannot be read as the import expects (encoding, format, structure). */
export const invalidFileError = (detail: string, errors: FieldError[] = []) =>
  new AppError(400, 'invalid-file', 'Invalid file', detail, errors);

/** An all-or-nothing import refused because of bad rows (see import-report.ts). */
export const importRejectedError = (detail: string, errors: FieldError[]) =>
  new AppError(400, 'import-rejected', 'Import rejected', detail, errors);

// 401, 403 — who you are, what you may do.
export const unauthenticated = (detail = 'You need to log in for this.') => new AppError(401, 'unauthenticated', 'Not logged in', detail);

export const invalidCredentials = () =>
  new AppError(401, 'invalid-credentials', 'Login failed', 'The e-mail address or password is not correct.');

export const forbidden = (detail = 'Your role does not allow this.') => new AppError(403, 'forbidden', 'Forbidden', detail);

export const csrfRefused = () =>
  new AppError(403, 'csrf', 'CSRF token missing or wrong', 'Send the x-csrf-token header you received from GET /api/v1/session.');

export const passwordChangeRequired = (detail: string) => new AppError(403, 'password-change-required', 'Password change required', detail);

// 404 — nothing there.
/**
 * A PGA case exists but is not open to the caller (need-to-know): never its content, only who to
 * ask. `directorName` is the procesregisseur; break-glass is offered to those who may use it.
 */
export const caseNeedToKnow = (reference: string, directorName: string | null, mayBreakGlass: boolean) =>
  new AppError(
    403,
    'case-need-to-know',
    'Case not open to you',
    `A case exists (${reference}); ask the procesregisseur${directorName ? ` (${directorName})` : ''}${mayBreakGlass ? ', or open it with break-glass and a reason' : ''}.`,
  );

export const notFound = (what: string, id: string) => new AppError(404, 'not-found', 'Not found', `${what} '${id}' does not exist.`);

/** Not found, with a detail of its own (e.g. in Dutch, or naming what is available instead). */
export const notFoundBecause = (detail: string) => new AppError(404, 'not-found', 'Not found', detail);

// 409, 422 — the state does not allow it.
export const conflict = (detail: string) => new AppError(409, 'conflict', 'Conflict', detail);

export const unknownReference = (detail = 'The request refers to a record that does not exist (any more).') =>
  new AppError(409, 'unknown-reference', 'Unknown reference', detail);

export const transitionNotAllowed = (detail: string) => new AppError(409, 'transition-not-allowed', 'Transition not allowed', detail);

export const alreadyAnswered = (detail: string) => new AppError(409, 'already-answered', 'Already answered', detail);

/** 422: the request is well-formed but does not apply to this resource (e.g. a trial for a measure that is not behavioural). */
export const notApplicable = (detail: string) => new AppError(422, 'not-applicable', 'Not applicable', detail);

export const idempotencyKeyReused = () =>
  new AppError(422, 'idempotency-key-reused', 'Idempotency-Key reused', 'This Idempotency-Key was used for a different request.');

// 413, 414, 415 — too big, too long, wrong kind.
export const bodyTooLarge = (detail = 'The request body is larger than this endpoint accepts.', title = 'Request body too large') =>
  new AppError(413, 'body-too-large', title, detail);

export const pathTooLong = () =>
  new AppError(414, 'path-too-long', 'Path segment too long', 'A segment of the path is longer than this API accepts.', [
    { name: 'path', reason: 'a segment is too long' },
  ]);

export const unsupportedMediaType = (
  detail = 'Send the body as application/json.',
  errors: FieldError[] = [],
  title = 'Unsupported media type',
) => new AppError(415, 'unsupported-media-type', title, detail, errors);

// 429, 5xx — not now.
export const tooManyRequests = (detail: string, retryAfterSeconds?: number) =>
  new AppError(429, 'too-many-requests', 'Too many requests', detail, [], retryAfter(retryAfterSeconds));

export const internalError = (detail = 'Something went wrong on our side. The error was logged.') =>
  new AppError(500, 'internal', 'Internal error', detail);

export const pdfBusy = (detail: string, retryAfterSeconds: number) =>
  new AppError(503, 'pdf-busy', 'PDF renderer busy', detail, [], retryAfter(retryAfterSeconds));

export const pdfUnavailable = (detail: string, retryAfterSeconds?: number) =>
  new AppError(503, 'pdf-unavailable', 'PDF not available', detail, [], retryAfter(retryAfterSeconds));

/** The analysis data (the in-memory incident columns) is still being loaded after a start. */
export const analysisLoading = (detail: string, retryAfterSeconds: number) =>
  new AppError(503, 'analysis-loading', 'Analysis data loading', detail, [], retryAfter(retryAfterSeconds));

/** The server has just started and is still preparing its database; only `GET /health` answers meanwhile. */
export const serverStarting = (detail: string, retryAfterSeconds: number) =>
  new AppError(503, 'starting', 'Starting', detail, [], retryAfter(retryAfterSeconds));

/**
 * A command-line mistake (a missing option, an unreadable mapping file): the CLI prints its message
 * as one line and exits with `exitCode`. Services throw AppErrors; command code may throw this.
 */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
    this.name = 'CliError';
  }
}
