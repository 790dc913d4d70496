import { ERROR_CODES, type ErrorCode } from './error-codes';

/** Extra machine-readable facts for the client (GraphQL `extensions`), e.g. `retryAfterSeconds` or `issues`. */
export type ErrorDetails = Record<string, unknown>;

/** An error meant for the client: a stable code, its HTTP status, and a message safe to show (never a secret). */
export class AppError extends Error {
  readonly status: number;
  readonly details?: ErrorDetails;

  constructor(
    readonly code: ErrorCode,
    message: string,
    options?: { cause?: unknown; details?: ErrorDetails },
  ) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'AppError';
    this.status = ERROR_CODES[code];
    this.details = options?.details;
  }
}

export interface ErrorBody {
  error: { code: string; message: string };
}
