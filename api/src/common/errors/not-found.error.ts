import { AppError } from './app-error';

/** Also the answer for another tenant's ids: existence elsewhere is never revealed. */
export class NotFoundError extends AppError {
  constructor(entityType: string) {
    super('NOT_FOUND', `${entityType} not found`);
  }
}
