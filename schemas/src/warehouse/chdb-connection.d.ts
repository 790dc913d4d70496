// chdb publishes its typings only through package "exports", which the repo's node10 module resolution
// does not read; this declares the one entry point the warehouse uses.
declare module 'chdb/connection' {
  import type { ClickHouseClientConfigOptions } from '@clickhouse/client';

  export function createChdbConnection(options?: { path?: string }): NonNullable<ClickHouseClientConfigOptions['connection']>;
}
