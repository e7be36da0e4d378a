/** A refusal in the spec's error format (a list of {code, description}); routes.ts turns it into the reply. */
export class Open311Error extends Error {
  constructor(
    readonly status: 400 | 403 | 404 | 429 | 500,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}
