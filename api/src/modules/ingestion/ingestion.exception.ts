import { AppError } from '../../common/errors/app-error';

/** The events could not be made durable; the sender should retry (nothing of the request was acknowledged). */
export class IngestUnavailableError extends AppError {
  constructor(cause: unknown) {
    super('INGEST_UNAVAILABLE', 'events could not be stored right now; retry later', { cause });
  }
}

export class ShuttingDownError extends AppError {
  constructor() {
    super('SHUTTING_DOWN', 'the server is shutting down; retry later');
  }
}
