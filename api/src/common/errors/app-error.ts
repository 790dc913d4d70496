import { ERROR_CODES, type ErrorCode } from './error-codes';

/** An error meant for the client: a stable code, its HTTP status, and a message safe to show (never a secret). */
export class AppError extends Error {
  readonly status: number;

  constructor(
    readonly code: ErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'AppError';
    this.status = ERROR_CODES[code];
  }
}

export interface ErrorBody {
  error: { code: string; message: string };
}
