import type { CanonicalEvent } from '@checkmark/schemas';
import type { RejectRecord } from '@checkmark/schemas/warehouse';
import type { ApiMetrics } from '../../metrics';
import type { EventTransport } from './event-transport';
import { GroupCommitter, type GroupCommitOptions } from './group-commit';

/** The part of the warehouse's EventSink the embedded transport writes through. */
export interface EventStore {
  insertEvents(events: CanonicalEvent[]): Promise<void>;
  insertRejects(rejects: RejectRecord[]): Promise<void>;
  ping(): Promise<void>;
}

interface Unit {
  events: CanonicalEvent[];
  rejects: RejectRecord[];
}

/**
 * Embedded mode: requests' events are group-committed straight into ClickHouse. Events are keyed by their
 * deterministic id in a ReplacingMergeTree, so a sender's retry after a failure stores nothing twice.
 */
export class EmbeddedEventTransport implements EventTransport {
  readonly kind = 'embedded' as const;
  private readonly committer: GroupCommitter<Unit>;

  /** `afterWrite` is told after every stored batch (the analytics rollups then rebuild soon). */
  constructor(
    private readonly store: EventStore,
    private readonly metrics: ApiMetrics,
    options: Omit<GroupCommitOptions, 'onFlush'>,
    private readonly afterWrite: () => void = () => undefined,
  ) {
    this.committer = new GroupCommitter<Unit>(
      (units) => this.write(units),
      {
        ...options,
        onFlush: (rows, ms, error) => {
          this.metrics.batchSize.observe(rows);
          this.metrics.batchDuration.observe(ms);
          if (error) this.metrics.batchFailures.inc();
        },
      },
      (u) => u.events.length + u.rejects.length,
    );
  }

  start(): Promise<void> {
    return Promise.resolve();
  }

  async publish(events: CanonicalEvent[], rejects: RejectRecord[]): Promise<void> {
    this.metrics.consumed.inc(events.length + rejects.length);
    await this.committer.submit([{ events, rejects }]);
  }

  ping(): Promise<void> {
    return this.store.ping();
  }

  close(): Promise<void> {
    return this.committer.close();
  }

  private async write(units: Unit[]): Promise<void> {
    const events = units.flatMap((u) => u.events);
    const rejects = units.flatMap((u) => u.rejects);
    // Events first: if they fail the whole batch is retried by its senders, and rejects are only diagnostics.
    if (events.length) await this.store.insertEvents(events);
    if (events.length) this.afterWrite();
    if (rejects.length) await this.store.insertRejects(rejects);
    this.metrics.inserted.inc(events.length);
    for (const r of rejects) this.metrics.rejected.inc({ reason: r.reason });
  }
}
