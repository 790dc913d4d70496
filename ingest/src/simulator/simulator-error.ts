export type SimulatorErrorCode =
  | 'SIMULATOR_ALREADY_RUN'
  | 'SIMULATOR_CONTACTS_EXHAUSTED'
  | 'SIMULATOR_BAD_ARGUMENTS'
  | 'SIMULATOR_POST_REJECTED'
  | 'SIMULATOR_POST_FAILED'
  | 'SIMULATOR_OUTPUT_FAILED';

/** Typed simulator failure; tests and the CLI key on `code`. */
export class SimulatorError extends Error {
  constructor(
    readonly code: SimulatorErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'SimulatorError';
  }
}
