import { AppError } from '../../common/errors/app-error';

/** The same answer for an unknown e-mail, a wrong password and a deactivated user. */
export class InvalidCredentialsError extends AppError {
  constructor() {
    super('INVALID_CREDENTIALS', 'e-mail or password is not correct');
  }
}

export class LoginRateLimitedError extends AppError {
  constructor(readonly retryAfterSeconds: number) {
    super('RATE_LIMITED', 'too many failed sign-in attempts; try again later', { details: { retryAfterSeconds } });
  }
}

export class IngestKeyOnGraphqlError extends AppError {
  constructor() {
    super('FORBIDDEN', 'an ingest API key may only send events to POST /v1/events');
  }
}
