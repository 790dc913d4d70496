const UNIQUE = new Set(['23505', 'SQLITE_CONSTRAINT_UNIQUE', 'SQLITE_CONSTRAINT_PRIMARYKEY']);
const FOREIGN_KEY = new Set(['23503', 'SQLITE_CONSTRAINT_FOREIGNKEY']);

/**
 * Which constraint a failed write broke, on SQLite or PostgreSQL (the driver's code, on the error or on
 * TypeORM's `driverError`); undefined for any other failure, which callers let through.
 */
export function constraintViolation(error: unknown): 'unique' | 'foreign_key' | undefined {
  const candidates = [error, (error as { driverError?: unknown } | null)?.driverError];
  for (const candidate of candidates) {
    const code = (candidate as { code?: unknown } | null)?.code;
    if (typeof code !== 'string') continue;
    if (UNIQUE.has(code)) return 'unique';
    if (FOREIGN_KEY.has(code)) return 'foreign_key';
  }
  return undefined;
}
