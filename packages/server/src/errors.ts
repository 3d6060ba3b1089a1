/**
 * Errors a user or a client can cause. Each has a stable machine code, an HTTP status and a
 * message a person can act on. Anything else that is thrown is a bug and becomes a 500.
 */
export class AppError extends Error {
  override name = 'AppError';
  readonly code: string;
  readonly status: number;
  readonly details: Record<string, unknown> | undefined;

  constructor(code: string, status: number, message: string, details?: Record<string, unknown>) {
    super(message);
    this.code = code;
    this.status = status;
    this.details = details;
  }
}

export const badRequest = (code: string, message: string, details?: Record<string, unknown>) =>
  new AppError(code, 400, message, details);
export const unauthenticated = (message = 'Sign in first.') => new AppError('unauthenticated', 401, message);
export const forbidden = (message = 'You may not do this.') => new AppError('forbidden', 403, message);
/** Also used for what exists but must stay invisible to the caller: forbidden looks like absent. */
export const notFound = (what = 'That') => new AppError('not_found', 404, `${what} was not found.`);
export const conflict = (code: string, message: string, details?: Record<string, unknown>) =>
  new AppError(code, 409, message, details);
export const tooMany = (message: string) => new AppError('rate_limited', 429, message);
