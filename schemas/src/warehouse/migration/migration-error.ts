export type MigrationErrorCode =
  | 'MIGRATION_INVALID_NAME'
  | 'MIGRATION_DUPLICATE_NUMBER'
  | 'MIGRATION_NUMBER_GAP'
  | 'MIGRATION_UNKNOWN_PLACEHOLDER'
  | 'MIGRATION_CHECKSUM_MISMATCH'
  | 'MIGRATION_FAILED';

export class MigrationError extends Error {
  override readonly name = 'MigrationError';

  constructor(
    readonly code: MigrationErrorCode,
    message: string,
    readonly migration?: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
