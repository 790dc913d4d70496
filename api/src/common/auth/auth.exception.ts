import { AppError } from '../errors/app-error';

export class UnauthenticatedError extends AppError {
  constructor() {
    super('UNAUTHENTICATED', 'sign in or send Authorization: Bearer <session token or API key>');
  }
}

export class ForbiddenError extends AppError {
  constructor(message = 'your role may not do this') {
    super('FORBIDDEN', message);
  }
}
