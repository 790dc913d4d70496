import { AppError } from '../../common/errors/app-error';
import { BadUserInputError } from '../../common/errors/bad-user-input.error';
import { ConflictError } from '../../common/errors/conflict.error';

export class UserEmailTakenError extends ConflictError {
  constructor() {
    super('a user with this e-mail already exists', 'email');
  }
}

export class LastAdminError extends BadUserInputError {
  constructor() {
    super([{ path: 'input', message: 'the tenant must keep at least one active admin' }]);
  }
}

export class NotAUserError extends AppError {
  constructor() {
    super('FORBIDDEN', 'only a signed-in user (not an API key) can do this');
  }
}

export class WrongPasswordError extends AppError {
  constructor() {
    super('INVALID_CREDENTIALS', 'the current password is not correct');
  }
}
