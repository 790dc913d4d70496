import { AppError } from '../../common/errors/app-error';

export class ApiKeyMissingError extends AppError {
  constructor() {
    super('UNAUTHENTICATED', 'an API key is required: Authorization: Bearer <key>');
  }
}

export class ApiKeyInvalidError extends AppError {
  constructor() {
    super('UNAUTHENTICATED', 'the API key is not valid');
  }
}

export class ApiKeyRevokedError extends AppError {
  constructor() {
    super('API_KEY_REVOKED', 'the API key has been revoked');
  }
}

export class ApiKeyRoleError extends AppError {
  constructor(role: string) {
    super('FORBIDDEN', `an API key with role ${role} may not do this`);
  }
}
