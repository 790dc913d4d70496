import type { CanonicalEvent } from '@checkmark/schemas';
import { createPseudonymiser } from '@checkmark/schemas/pipeline';
import type { Clock } from '../clock';
import { createJsonLogger } from '../logger';
import { IngestMetrics } from '../metrics';
import type { EventBatchSink } from '../sinks/event-batch-sink';
import { Backoff } from './backoff';
import type { DeadLetter, DeadLetterPublisher } from './dead-letter';
import {
  PartitionBatchHandler,
  type BatchControl,
  type PartitionBatch,
  type SourceRecord,
} from './partition-batch-handler';

const event = (id: string) => ({
  id,
  type: 'message.sent',
  tenantId: 't1',
  occurredAt: '2026-03-01T10:00:00Z',
  channel: 'whatsapp',
  accountId: 'acc',
  contactId: '+491511234567',
  source: 'simulator',
  schemaVersion: 1,
  payload: { sender: { kind: 'bot' }, isTemplate: false, contentType: 'text' },
});

const record = (offset: number, value: string | null, key = `t1:${offset}`): SourceRecord => ({
  offset: String(offset),
  key: Buffer.from(key),
  value: value === null ? null : Buffer.from(value),
});
const good = (offset: number) => record(offset, JSON.stringify(event(`e${offset}`)));

class ManualClock implements Clock {
  time = 0;
  now = () => this.time;
  sleep = (ms: number) => {
    this.time += ms;
    return Promise.resolve();
  };
}

class FakeSink implements EventBatchSink {
  inserts: { ids: string[]; dedupToken?: string }[] = [];
  failuresLeft = 0;
  insertEvents(events: CanonicalEvent[], options: { dedupToken?: string }): Promise<void> {
    if (this.failuresLeft > 0) {
      this.failuresLeft -= 1;
      return Promise.reject(new Error('clickhouse down'));
    }
    this.inserts.push({ ids: events.map((e) => e.id), dedupToken: options.dedupToken });
    return Promise.resolve();
  }
}

class FakeDeadLetters implements DeadLetterPublisher {
  letters: DeadLetter[] = [];
  failuresLeft = 0;
  publish(letters: DeadLetter[]): Promise<void> {
    if (this.failuresLeft > 0) {
      this.failuresLeft -= 1;
      return Promise.reject(new Error('kafka down'));
    }
    this.letters.push(...letters);
    return Promise.resolve();
  }
}

class FakeControl implements BatchControl {
  resolved: string[] = [];
  heartbeats = 0;
  commits = 0;
  pauses = 0;
  resumes = 0;
  active = true;
  /** Order of observable actions, to check that offsets move only after writes. */
  constructor(private readonly journal: string[]) {}
  resolveOffset(offset: string) {
    this.journal.push(`resolve ${offset}`);
    this.resolved.push(offset);
  }
  heartbeat() {
    this.heartbeats += 1;
    return Promise.resolve();
  }
  commit() {
    this.commits += 1;
    return Promise.resolve();
  }
  isActive() {
    return this.active;
  }
  pause() {
    this.pauses += 1;
    return () => {
      this.resumes += 1;
    };
  }
}

function setup(limits = { maxRows: 100, maxBytes: 1_000_000 }) {
  const journal: string[] = [];
  const clock = new ManualClock();
  const sink = new FakeSink();
  const deadLetters = new FakeDeadLetters();
  const metrics = new IngestMetrics({ processMetrics: false });
  const originalInsert = sink.insertEvents.bind(sink);
  sink.insertEvents = async (events, options) => {
    await originalInsert(events, options);
    journal.push(`insert ${options.dedupToken}`);
  };
  const originalPublish = deadLetters.publish.bind(deadLetters);
  deadLetters.publish = async (letters) => {
    await originalPublish(letters);
    journal.push(`dlq ${letters.map((l) => l.offset).join(',')}`);
  };
  const handler = new PartitionBatchHandler({
    pipeline: { pseudonymiser: createPseudonymiser('unit-test-key-0123456789') },
    sink,
    deadLetters,
    metrics,
    backoff: new Backoff({ initialMs: 100, maxMs: 1000 }, () => 1),
    clock,
    logger: createJsonLogger('error', () => undefined),
    limits,
    heartbeatSliceMs: 250,
  });
  const control = new FakeControl(journal);
  return { journal, clock, sink, deadLetters, metrics, handler, control };
}

const batch = (records: SourceRecord[], highWatermark = '100'): PartitionBatch => ({
  topic: 'events.v1',
  partition: 3,
  highWatermark,
  records,
});

async function metricValue(metrics: IngestMetrics, name: string, labels: Record<string, string> = {}): Promise<number> {
  const metric = (await metrics.registry.getMetricsAsJSON()).find((m) => m.name === name);
  const values = (metric?.values ?? []) as { value: number; labels: Record<string, string | number> }[];
  const match = values.find((v) => Object.entries(labels).every(([k, want]) => String(v.labels[k]) === want));
  return match?.value ?? 0;
}

describe('PartitionBatchHandler', () => {
  it('inserts valid events with a topic/partition/offset-range dedup token and resolves the last offset after the insert', async () => {
    const { handler, control, sink, journal, metrics } = setup();
    await handler.handle(batch([good(10), good(11), good(12)], '20'), control);

    expect(sink.inserts).toEqual([{ ids: ['e10', 'e11', 'e12'], dedupToken: 'events.v1:3:10-12' }]);
    expect(journal).toEqual(['insert events.v1:3:10-12', 'resolve 12']);
    expect(control.commits).toBe(1);
    expect(await metricValue(metrics, 'checkmark_ingest_inserted_total')).toBe(3);
    expect(await metricValue(metrics, 'checkmark_ingest_consumed_total')).toBe(3);
    expect(await metricValue(metrics, 'checkmark_ingest_lag', { partition: '3' })).toBe(7);
  });

  it('splits a batch into chunks by rows and bytes, each resolved only after its own insert', async () => {
    const { handler, control, sink, journal } = setup({ maxRows: 2, maxBytes: 1_000_000 });
    await handler.handle(batch([good(0), good(1), good(2), good(3), good(4)]), control);
    expect(sink.inserts.map((i) => i.dedupToken)).toEqual(['events.v1:3:0-1', 'events.v1:3:2-3', 'events.v1:3:4-4']);
    expect(journal).toEqual([
      'insert events.v1:3:0-1',
      'resolve 1',
      'insert events.v1:3:2-3',
      'resolve 3',
      'insert events.v1:3:4-4',
      'resolve 4',
    ]);

    const bytes = setup({ maxRows: 100, maxBytes: good(0).value!.length * 2 });
    await bytes.handler.handle(batch([good(0), good(1), good(2)]), bytes.control);
    expect(bytes.sink.inserts.map((i) => i.ids)).toEqual([['e0', 'e1'], ['e2']]);
  });

  it('dead-letters poison records with their original key and bytes before resolving, and stores their neighbours', async () => {
    const { handler, control, sink, deadLetters, journal, metrics } = setup();
    const invalid = JSON.stringify({ ...event('bad'), channel: 'fax' });
    await handler.handle(
      batch([good(0), record(1, '{"id":', 'k-json'), record(2, invalid, 'k-invalid'), good(3)]),
      control,
    );

    expect(sink.inserts[0].ids).toEqual(['e0', 'e3']);
    expect(deadLetters.letters).toEqual([
      expect.objectContaining({
        key: Buffer.from('k-json'),
        value: Buffer.from('{"id":'),
        reason: 'malformed_json',
        step: 'parse',
        topic: 'events.v1',
        partition: 3,
        offset: '1',
      }),
      expect.objectContaining({
        key: Buffer.from('k-invalid'),
        value: Buffer.from(invalid),
        reason: 'invalid_event',
        step: 'validate',
        offset: '2',
      }),
    ]);
    expect(journal).toEqual(['dlq 1,2', 'insert events.v1:3:0-3', 'resolve 3']);
    expect(
      await metricValue(metrics, 'checkmark_ingest_rejected_total', { reason: 'malformed_json', step: 'parse' }),
    ).toBe(1);
    expect(
      await metricValue(metrics, 'checkmark_ingest_rejected_total', { reason: 'invalid_event', step: 'validate' }),
    ).toBe(1);
  });

  it('counts dropped records and still moves past them', async () => {
    const { handler, control, sink, metrics } = setup();
    await handler.handle(batch([record(5, null), good(6)]), control);
    expect(sink.inserts[0].ids).toEqual(['e6']);
    expect(control.resolved).toEqual(['6']);
    expect(await metricValue(metrics, 'checkmark_ingest_dropped_total', { reason: 'empty_record' })).toBe(1);
  });

  it('resolves a chunk with nothing to insert without calling the sink', async () => {
    const { handler, control, sink, deadLetters } = setup();
    await handler.handle(batch([record(7, 'nope')]), control);
    expect(sink.inserts).toEqual([]);
    expect(deadLetters.letters).toHaveLength(1);
    expect(control.resolved).toEqual(['7']);
  });

  it('pauses while inserts fail, retries the same chunk with growing capped backoff and heartbeats, then resumes', async () => {
    const { handler, control, sink, clock, metrics, journal } = setup();
    sink.failuresLeft = 5;
    const pausedDuringRetry: number[] = [];
    const heartbeat = control.heartbeat.bind(control);
    control.heartbeat = async () => {
      pausedDuringRetry.push(await metricValue(metrics, 'checkmark_ingest_paused'));
      return heartbeat();
    };

    await handler.handle(batch([good(0), good(1)]), control);

    expect(sink.inserts).toEqual([{ ids: ['e0', 'e1'], dedupToken: 'events.v1:3:0-1' }]);
    expect(journal).toEqual(['insert events.v1:3:0-1', 'resolve 1']);
    // random() = 1 gives the ceiling: 100, 200, 400, 800, then capped at 1000.
    expect(clock.time).toBe(100 + 200 + 400 + 800 + 1000);
    expect(control.pauses).toBe(1);
    expect(control.resumes).toBe(1);
    expect(Math.min(...pausedDuringRetry.slice(0, -1))).toBe(1);
    expect(control.heartbeats).toBeGreaterThanOrEqual(Math.ceil(2500 / 250));
    expect(await metricValue(metrics, 'checkmark_ingest_insert_failures_total')).toBe(5);
    expect(await metricValue(metrics, 'checkmark_ingest_paused')).toBe(0);
  });

  it('retries dead letters that Kafka refused before inserting, and produces them only once', async () => {
    const { handler, control, deadLetters, sink, journal, metrics } = setup();
    deadLetters.failuresLeft = 2;
    await handler.handle(batch([record(0, 'x'), good(1)]), control);
    expect(deadLetters.letters.map((l) => l.offset)).toEqual(['0']);
    expect(sink.inserts).toHaveLength(1);
    expect(journal).toEqual(['dlq 0', 'insert events.v1:3:0-1', 'resolve 1']);
    expect(await metricValue(metrics, 'checkmark_ingest_dead_letter_failures_total')).toBe(2);
  });

  it('gives a failing chunk up unresolved when the consumer stops, leaving later chunks untouched', async () => {
    const { handler, control, sink, clock } = setup({ maxRows: 1, maxBytes: 1_000_000 });
    sink.failuresLeft = 1000;
    const sleep = clock.sleep;
    clock.sleep = async (ms) => {
      await sleep(ms);
      if (clock.time > 3000) control.active = false;
    };
    await handler.handle(batch([good(0), good(1)]), control);
    expect(control.resolved).toEqual([]);
    expect(control.resumes).toBe(control.pauses);
  });

  it('stops between chunks once the consumer is stopping, keeping the committed prefix contiguous', async () => {
    const { handler, control, sink } = setup({ maxRows: 1, maxBytes: 1_000_000 });
    const insert = sink.insertEvents.bind(sink);
    sink.insertEvents = async (events, options) => {
      await insert(events, options);
      control.active = false;
    };
    await handler.handle(batch([good(0), good(1), good(2)]), control);
    expect(control.resolved).toEqual(['0']);
  });

  it('lets a rebalance error from heartbeat propagate without resolving the chunk it was retrying', async () => {
    const { handler, control, sink } = setup();
    sink.failuresLeft = 10;
    control.heartbeat = () =>
      Promise.reject(Object.assign(new Error('rebalancing'), { type: 'REBALANCE_IN_PROGRESS' }));
    await expect(handler.handle(batch([good(0)]), control)).rejects.toMatchObject({ type: 'REBALANCE_IN_PROGRESS' });
    expect(control.resolved).toEqual([]);
    expect(control.resumes).toBe(1);
  });
});
