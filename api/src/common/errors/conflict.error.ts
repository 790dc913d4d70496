import { AppError } from './app-error';

/** A unique value is taken (an e-mail, a key name, an external id). */
export class ConflictError extends AppError {
  constructor(message: string, field?: string) {
    super('CONFLICT', message, field ? { details: { field } } : undefined);
  }
}
