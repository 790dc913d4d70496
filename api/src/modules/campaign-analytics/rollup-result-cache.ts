import { createHash } from 'node:crypto';

/** Rows remembered at most over all entries; the least recently used entries go first. */
const DEFAULT_MAX_ROWS = 200_000;

interface Entry {
  rows: Promise<readonly unknown[]>;
  size: number;
}

/**
 * Results of Campaigns queries per rollup version (queries/rollup-version.query.ts). The campaign queries read only
 * the rollups, whose contents change only when a rebuild swaps new ones in, so a query with the same SQL and
 * parameters on the same version returns the same rows: the operations of a page, and a view opened again, are
 * answered from memory until the next rebuild (after writes embedded, every 5 minutes scaled). The version is part of the key
 * and a new version forgets everything older, so nothing from an older rebuild is returned; an answer still
 * running is shared, a failed one forgotten.
 */
export class RollupResultCache {
  private readonly entries = new Map<string, Entry>();
  private version = '';
  private rows = 0;

  constructor(private readonly maxRows: number = DEFAULT_MAX_ROWS) {}

  async get<T>(version: string, sql: string, params: Record<string, unknown>, load: () => Promise<T[]>): Promise<T[]> {
    if (version !== this.version) {
      this.entries.clear();
      this.rows = 0;
      this.version = version;
    }
    const key = createHash('sha256').update(sql).update('\0').update(JSON.stringify(params)).digest('base64url');
    let entry = this.entries.get(key);
    if (entry === undefined) {
      const created: Entry = { rows: load(), size: 0 };
      entry = created;
      this.entries.set(key, created);
      try {
        const rows = await created.rows;
        if (this.entries.get(key) === created) {
          created.size = rows.length + 1;
          this.rows += created.size;
          this.evict();
        }
      } catch (error) {
        if (this.entries.get(key) === created) this.entries.delete(key);
        throw error;
      }
    } else {
      // most recently used last
      this.entries.delete(key);
      this.entries.set(key, entry);
    }
    return [...((await entry.rows) as T[])];
  }

  /** Entries remembered. */
  get size(): number {
    return this.entries.size;
  }

  private evict(): void {
    for (const [key, entry] of this.entries) {
      if (this.rows <= this.maxRows || this.entries.size <= 1) return;
      this.entries.delete(key);
      this.rows -= entry.size;
    }
  }
}
