export type WarehouseErrorCode =
  | 'WAREHOUSE_CONFIG_INVALID'
  | 'WAREHOUSE_DATA_DIR_IN_USE'
  | 'WAREHOUSE_UNAVAILABLE'
  | 'WAREHOUSE_INSERT_FAILED'
  | 'WAREHOUSE_QUERY_FAILED';

/** A ClickHouse failure with a stable code; `retryable` tells callers whether trying again later can help. */
export class WarehouseError extends Error {
  override readonly name = 'WarehouseError';

  constructor(
    readonly code: WarehouseErrorCode,
    message: string,
    readonly retryable: boolean,
    readonly clickhouseCode?: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

// Server-side conditions that pass on their own (overload, replicas or Keeper away, too many parts).
const TRANSIENT_CLICKHOUSE_CODES = new Set([
  '159', // TIMEOUT_EXCEEDED
  '164', // READONLY
  '202', // TOO_MANY_SIMULTANEOUS_QUERIES
  '209', // SOCKET_TIMEOUT
  '210', // NETWORK_ERROR
  '241', // MEMORY_LIMIT_EXCEEDED
  '242', // TABLE_IS_READ_ONLY
  '252', // TOO_MANY_PARTS
  '279', // ALL_CONNECTION_TRIES_FAILED
  '285', // TOO_FEW_LIVE_REPLICAS
  '319', // UNKNOWN_STATUS_OF_INSERT
  '999', // KEEPER_EXCEPTION
]);

const NETWORK_ERROR_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

// chDB throws @clickhouse/client-common's ClickHouseError, a different class from the one @clickhouse/client
// exports, so the shape is checked instead of the class: a numeric server code and an error type name.
// chDB's native raw insert throws its own ChdbError, which carries the engine's code as a number.
function serverErrorCode(error: unknown): string | undefined {
  const { code, type, clickhouseCode } = (error ?? {}) as { code?: unknown; type?: unknown; clickhouseCode?: unknown };
  if (typeof code === 'string' && /^\d+$/.test(code) && typeof type === 'string') return code;
  return typeof clickhouseCode === 'number' && Number.isInteger(clickhouseCode) ? String(clickhouseCode) : undefined;
}

/**
 * Wraps whatever the client threw. Unreachable servers, closed chDB sessions, timeouts and transient server
 * codes become WAREHOUSE_UNAVAILABLE (retryable); other server errors keep the operation's code.
 */
export function toWarehouseError(
  error: unknown,
  failedCode: 'WAREHOUSE_INSERT_FAILED' | 'WAREHOUSE_QUERY_FAILED',
): WarehouseError {
  if (error instanceof WarehouseError) return error;
  const message = error instanceof Error ? error.message : String(error);
  const clickhouseCode = serverErrorCode(error);
  if (clickhouseCode !== undefined) {
    const transient = TRANSIENT_CLICKHOUSE_CODES.has(clickhouseCode);
    return new WarehouseError(transient ? 'WAREHOUSE_UNAVAILABLE' : failedCode, message, transient, clickhouseCode, {
      cause: error,
    });
  }
  const nodeCode = (error as { code?: unknown } | null)?.code;
  const unreachable =
    (typeof nodeCode === 'string' && NETWORK_ERROR_CODES.has(nodeCode)) ||
    /timeout|socket hang up|is closed|connect/i.test(message);
  return new WarehouseError(unreachable ? 'WAREHOUSE_UNAVAILABLE' : failedCode, message, unreachable, undefined, {
    cause: error,
  });
}
