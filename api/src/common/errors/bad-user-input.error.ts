import type { ZodError } from 'zod';
import { AppError } from './app-error';

/** One rejected input field: where (e.g. `input.email`) and why. */
export interface InputIssue {
  path: string;
  message: string;
}

/** BAD_USER_INPUT with `extensions.issues`, so a form can show each problem next to its field. */
export class BadUserInputError extends AppError {
  readonly issues: InputIssue[];

  constructor(issues: InputIssue[], message = 'the input is not valid') {
    super('BAD_USER_INPUT', message, { details: { issues } });
    this.issues = issues;
  }

  /** From a zod failure; `prefix` names the argument (e.g. `input`) so paths match the GraphQL variables. */
  static fromZod(error: ZodError, prefix?: string): BadUserInputError {
    return new BadUserInputError(
      error.issues.map((issue) => ({
        path: [...(prefix ? [prefix] : []), ...issue.path].join('.'),
        message: issue.message,
      })),
    );
  }
}
