// better-sqlite3 ships no typings and @types/better-sqlite3 is not installed; this declares the little the
// e2e tests use to read the API's SQLite file after the process has stopped.
declare module 'better-sqlite3' {
  interface Statement {
    get(...params: unknown[]): unknown;
  }
  class Database {
    constructor(path: string, options?: { readonly?: boolean; fileMustExist?: boolean });
    prepare(sql: string): Statement;
    close(): void;
  }
  export = Database;
}
