import type { ClickHouseClient, ClickHouseSettings } from '@clickhouse/client';
import type { CanonicalEvent } from '../events/event-types';
import { TABLES } from '../tables';
import { eventToJsonLine } from './event-json-line';
import { quoteIdentifier } from './identifier';
import { insertJsonLines } from './insert-json-lines';
import type { RejectRecord } from './reject-record';
import { REJECT_COLUMNS, rejectToRow } from './reject-to-row';
import { toWarehouseError } from './warehouse-error';

export interface InsertOptions {
  /** Same token, same batch: ClickHouse ignores a repeated insert (e.g. derived from topic/partition/offsets). */
  dedupToken?: string;
}

// Every setting is sent on every insert: chDB keeps settings on its session, so a token left over from an
// earlier insert would otherwise swallow the next batch. An empty token means "no token".
function insertSettings({ dedupToken }: InsertOptions) {
  return {
    insert_deduplicate: 1,
    insert_deduplication_token: dedupToken ?? '',
    deduplicate_blocks_in_dependent_materialized_views: 1,
  } as const;
}

/**
 * `payload` arrives as a JSON object and is stored as its text (see eventToJsonLine). No collapsing of the
 * inserted block by key (about 15% less insert CPU): `events` is read with FINAL or GROUP BY id and the fact
 * tables through their grouping views, so rows with the same key may stay apart until a merge.
 */
const EVENT_INSERT_SETTINGS = { input_format_json_read_objects_as_strings: 1, optimize_on_insert: 0 };

/**
 * Writes canonical events and rejects to ClickHouse, one insert per call. Errors propagate as WarehouseError
 * (WAREHOUSE_UNAVAILABLE is retryable); retrying is the caller's business.
 */
export class EventSink {
  private readonly eventsTable: string;
  private readonly rejectsTable: string;

  constructor(
    private readonly client: ClickHouseClient,
    options: { database: string },
  ) {
    const db = quoteIdentifier(options.database);
    // Unquoted, as chDB's raw insert requires: quoteIdentifier has checked that it is a plain identifier.
    this.eventsTable = `${options.database}.${TABLES.events}`;
    this.rejectsTable = `${db}.${TABLES.ingestRejects}`;
  }

  /**
   * One JSONEachRow body built line by line from the events (no row objects) and handed over as bytes: the
   * serialisation is most of the ingester's own CPU per event.
   */
  async insertEvents(events: readonly CanonicalEvent[], options: InsertOptions = {}): Promise<void> {
    if (events.length === 0) return;
    try {
      const body = Buffer.from(events.map(eventToJsonLine).join('\n'), 'utf8');
      await insertJsonLines(this.client, this.eventsTable, body, {
        ...insertSettings(options),
        ...EVENT_INSERT_SETTINGS,
      });
    } catch (error) {
      throw toWarehouseError(error, 'WAREHOUSE_INSERT_FAILED');
    }
  }

  async insertRejects(rejects: readonly RejectRecord[], options: InsertOptions = {}): Promise<void> {
    if (rejects.length === 0) return;
    await this.insert(this.rejectsTable, rejects.map(rejectToRow), [...REJECT_COLUMNS], options);
  }

  private async insert(
    table: string,
    values: object[],
    columns: string[] | undefined,
    options: InsertOptions,
  ): Promise<void> {
    const settings: ClickHouseSettings = insertSettings(options);
    try {
      await this.client.insert({
        table,
        values,
        format: 'JSONEachRow',
        clickhouse_settings: settings,
        ...(columns ? { columns: columns as [string, ...string[]] } : {}),
      });
    } catch (error) {
      throw toWarehouseError(error, 'WAREHOUSE_INSERT_FAILED');
    }
  }
}
