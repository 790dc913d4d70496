// chdb publishes its typings only through package "exports", which the repo's node10 module resolution
// does not read; this declares the entry point and the one native escape hatch the warehouse uses.
declare module 'chdb/connection' {
  import type { ClickHouseClientConfigOptions } from '@clickhouse/client';

  type Connection = NonNullable<ClickHouseClientConfigOptions['connection']>;

  /** The connection's `.chdb.rawInsert`: the Buffer goes to the engine's own parser without a JS copy. */
  export interface ChdbRawInsert {
    rawInsert(params: {
      /** `db.table`, plain identifiers only. */
      table: string;
      values: Buffer;
      format: 'JSONEachRow';
      settings?: Record<string, string | number | boolean>;
    }): Promise<{ rowsWritten: number; bytesSent: number; elapsed: number }>;
  }

  export function createChdbConnection(options?: { path?: string }): Connection & { readonly chdb: ChdbRawInsert };
}
