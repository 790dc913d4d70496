import type { ViolationKind } from '@checkmark/schemas/compliance';
import { DataSource } from 'typeorm';
import { ManualClock } from '../../../common/clock/clock';
import { dataSourceOptions } from '../../../database/data-source-options';
import { Tenant } from '../../tenants/tenant.entity';
import { ComplianceViolation } from '../compliance-violation.entity';
import { DEFAULT_COMPLIANCE_SETTINGS } from '../settings/compliance-settings-defaults';
import { ViolationsRepository } from '../violations.repository';
import { DetectionEngine, INCREMENTAL_LOOK_BACK_MS } from './detection-engine';
import type { DetectionProgress } from './detection-warehouse.repository';
import type { DetectedViolation, DetectionContext, DetectionRange, ViolationDetector } from './violation-detector';

const TENANT = '00000000-0000-4000-8000-000000000001';
const HOUR = 3_600_000;

/** A detector that returns whatever the test puts in `violations` (within the asked range) and records each call. */
class FakeDetector implements ViolationDetector {
  violations: DetectedViolation[] = [];
  calls: DetectionRange[] = [];
  failWith: Error | null = null;

  constructor(readonly kinds: readonly ViolationKind[]) {}

  detect(_ctx: DetectionContext, range: DetectionRange): Promise<DetectedViolation[]> {
    this.calls.push(range);
    if (this.failWith) return Promise.reject(this.failWith);
    return Promise.resolve(this.violations.filter((v) => v.occurredAt >= range.from && v.occurredAt < range.to));
  }
}

/** A detector of another source than the events (like the catalog's): its own active months and earliest instant. */
class SourceDetector extends FakeDetector {
  readonly source = 'catalog';
  earliest: number | null = null;

  activeMonths(_tenant: string, range: DetectionRange): Promise<number[]> {
    const inRange = this.violations.filter((v) => v.occurredAt >= range.from && v.occurredAt < range.to);
    return Promise.resolve([
      ...new Set(inRange.map((v) => v.occurredAt.getUTCFullYear() * 100 + v.occurredAt.getUTCMonth() + 1)),
    ]);
  }

  earliestMs(): Promise<number | null> {
    return Promise.resolve(this.earliest);
  }
}

function violation(kind: ViolationKind, messageId: string, at: string, evidence: object = {}): DetectedViolation {
  return {
    kind,
    severity: 'high',
    ruleVersion: `${kind}@1`,
    key: `${kind}:${messageId}`,
    occurredAt: new Date(at),
    channel: 'whatsapp',
    accountId: 'wa_1',
    contactId: 'c_1',
    messageId,
    eventId: `sent:${messageId}`,
    campaignId: null,
    templateName: null,
    evidence: { ...evidence },
  };
}

describe('DetectionEngine (real SQLite store, fake detectors)', () => {
  let db: DataSource;
  let store: ViolationsRepository;
  let consent: FakeDetector;
  let window: FakeDetector;
  let progress: DetectionProgress;
  let clock: ManualClock;
  let engine: DetectionEngine;
  /** Times of events that produce no violation (months with events but nothing to find). */
  let eventsAt: Date[];
  let ingesting: boolean;

  const rows = () => db.getRepository(ComplianceViolation).find({ where: { tenantId: TENANT }, order: { key: 'ASC' } });

  beforeEach(async () => {
    db = new DataSource({ ...dataSourceOptions({ kind: 'sqlite', path: ':memory:' }), logging: false });
    await db.initialize();
    await db.getRepository(Tenant).insert({ id: TENANT, name: 'T', slug: 't', createdAt: new Date() });
    store = new ViolationsRepository(db.getRepository(ComplianceViolation));
    consent = new FakeDetector(['NO_CONSENT', 'AFTER_OPT_OUT', 'PURPOSE_MISMATCH']);
    window = new FakeDetector(['OUTSIDE_WINDOW']);
    clock = new ManualClock(new Date('2026-03-20T12:00:00.000Z'));
    ingesting = true;
    eventsAt = [
      new Date('2026-01-15T08:00:00.000Z'),
      new Date('2026-02-10T08:00:00.000Z'),
      new Date('2026-03-19T08:00:00.000Z'),
    ];
    progress = {
      maxIngestedMs: Date.parse('2026-03-20T11:00:00.000Z'),
      earliestSinceMs: Date.parse('2026-01-15T08:00:00.000Z'),
      earliestMs: Date.parse('2026-01-15T08:00:00.000Z'),
    };
    engine = new DetectionEngine(
      [consent, window],
      store,
      {
        // Data keeps arriving unless a test stops it: each look sees a later ingestion watermark.
        progress: () => {
          if (ingesting) progress = { ...progress, maxIngestedMs: progress.maxIngestedMs! + 1 };
          return Promise.resolve(progress);
        },
        activeMonths: (_tenant, range) => {
          const months = new Set<number>();
          for (const v of [
            ...consent.violations,
            ...window.violations,
            ...eventsAt.map((at) => ({ occurredAt: at })),
          ]) {
            if (v.occurredAt >= range.from && v.occurredAt < range.to) {
              months.add(v.occurredAt.getUTCFullYear() * 100 + v.occurredAt.getUTCMonth() + 1);
            }
          }
          return Promise.resolve([...months]);
        },
      },
      { find: () => Promise.resolve(DEFAULT_COMPLIANCE_SETTINGS) },
      { timeZone: () => Promise.resolve('UTC') },
      clock,
    );
  });

  afterEach(async () => {
    await db.destroy();
  });

  it('first run covers the whole history month by month; a re-run changes nothing', async () => {
    consent.violations = [
      violation('NO_CONSENT', 'm1', '2026-01-20T10:00:00.000Z'),
      violation('NO_CONSENT', 'm2', '2026-03-01T10:00:00.000Z'),
    ];
    window.violations = [violation('OUTSIDE_WINDOW', 'm2', '2026-03-01T10:00:00.000Z')];
    const first = await engine.run(TENANT, { mode: 'incremental' });
    expect(first).toMatchObject({ found: 3, inserted: 3, updated: 0, retracted: 0 });
    expect(first.from).toEqual(new Date('2026-01-01T00:00:00.000Z'));
    expect(first.ruleVersions).toEqual(['NO_CONSENT@1', 'OUTSIDE_WINDOW@1']);
    expect(consent.calls.map((r) => r.from.toISOString())).toEqual([
      '2026-01-01T00:00:00.000Z',
      '2026-02-01T00:00:00.000Z',
      '2026-03-01T00:00:00.000Z',
    ]);
    const stored = await rows();
    expect(stored.map((r) => [r.key, r.caseState, r.retractedAt])).toEqual([
      ['NO_CONSENT:m1', 'open', null],
      ['NO_CONSENT:m2', 'open', null],
      ['OUTSIDE_WINDOW:m2', 'open', null],
    ]);

    const again = await engine.run(TENANT, { mode: 'full' });
    expect(again).toMatchObject({ found: 3, inserted: 0, updated: 0, retracted: 0 });
    expect((await rows()).map((r) => r.id)).toEqual(stored.map((r) => r.id));
  });

  it('retracts a violation no longer found (a late opt-in), keeps it, and un-retracts it when found again', async () => {
    consent.violations = [violation('NO_CONSENT', 'm1', '2026-03-10T10:00:00.000Z')];
    await engine.run(TENANT, { mode: 'incremental' });
    const [original] = await rows();

    // The opt-in that covers m1 arrives late: the detector no longer finds it.
    consent.violations = [];
    clock.set(new Date('2026-03-20T13:00:00.000Z'));
    const retraction = await engine.run(TENANT, { mode: 'incremental' });
    expect(retraction).toMatchObject({ found: 0, retracted: 1 });
    const [retracted] = await rows();
    expect(retracted).toMatchObject({ id: original.id, retractedAt: new Date('2026-03-20T13:00:00.000Z') });

    // A second run does not retract it again.
    expect(await engine.run(TENANT, { mode: 'incremental' })).toMatchObject({ retracted: 0 });

    consent.violations = [violation('NO_CONSENT', 'm1', '2026-03-10T10:00:00.000Z')];
    const back = await engine.run(TENANT, { mode: 'full' });
    expect(back).toMatchObject({ inserted: 0, updated: 1 });
    const [restored] = await rows();
    expect(restored).toMatchObject({ id: original.id, retractedAt: null, detectedAt: original.detectedAt });
  });

  it("keeps a case's state and assignee through refreshes and retraction", async () => {
    consent.violations = [violation('NO_CONSENT', 'm1', '2026-03-10T10:00:00.000Z', { n: 1 })];
    await engine.run(TENANT, { mode: 'incremental' });
    const acknowledgedAt = new Date('2026-03-20T12:30:00.000Z');
    await db
      .getRepository(ComplianceViolation)
      .update(
        { tenantId: TENANT },
        { caseState: 'acknowledged', assigneeUserId: 'user-1', caseUpdatedAt: acknowledgedAt },
      );

    consent.violations = [
      { ...violation('NO_CONSENT', 'm1', '2026-03-10T10:00:00.000Z', { n: 2 }), severity: 'critical' },
    ];
    expect(await engine.run(TENANT, { mode: 'full' })).toMatchObject({ updated: 1 });
    consent.violations = [];
    expect(await engine.run(TENANT, { mode: 'full' })).toMatchObject({ retracted: 1 });
    const [row] = await rows();
    expect(row).toMatchObject({
      severity: 'critical',
      evidence: { n: 2 },
      caseState: 'acknowledged',
      assigneeUserId: 'user-1',
      caseUpdatedAt: acknowledgedAt,
    });
    expect(row.retractedAt).not.toBeNull();
  });

  it('later runs cover [min(last run − 48 h, earliest late event), now)', async () => {
    await engine.run(TENANT, { mode: 'incremental' });
    const lastRun = clock.now();
    clock.set(new Date(lastRun.getTime() + HOUR));

    progress = { ...progress, earliestSinceMs: lastRun.getTime() - HOUR };
    consent.calls = [];
    await engine.run(TENANT, { mode: 'incremental' });
    expect(consent.calls).toEqual([
      { from: new Date(lastRun.getTime() - INCREMENTAL_LOOK_BACK_MS), to: new Date(clock.now().getTime() + 1) },
    ]);

    // An event ingested late but dated 10 days ago pulls the range back to it.
    const late = Date.parse('2026-03-10T00:00:00.000Z');
    progress = { ...progress, earliestSinceMs: late };
    consent.calls = [];
    const run = await engine.run(TENANT, { mode: 'incremental' });
    expect(run.from).toEqual(new Date(late));
    expect(consent.calls[0].from).toEqual(new Date(late));
  });

  it('a failed detector fails the run: reason recorded, progress kept, its kinds not retracted, others stored', async () => {
    window.violations = [violation('OUTSIDE_WINDOW', 'm1', '2026-03-19T10:00:00.000Z')];
    consent.violations = [violation('NO_CONSENT', 'm1', '2026-03-19T10:00:00.000Z')];
    await engine.run(TENANT, { mode: 'incremental' });
    const before = await store.findState(TENANT);

    clock.set(new Date('2026-03-20T14:00:00.000Z'));
    window.violations.push(violation('OUTSIDE_WINDOW', 'm2', '2026-03-19T11:00:00.000Z'));
    consent.violations = [];
    progress = { ...progress, earliestSinceMs: null };
    consent.failWith = new Error('warehouse unavailable');
    await expect(engine.run(TENANT, { mode: 'incremental' })).rejects.toThrow('warehouse unavailable');
    const state = await store.findState(TENANT);
    expect(state).toMatchObject({ lastRunAt: before!.lastRunAt, lastErrorAt: new Date('2026-03-20T14:00:00.000Z') });
    expect(state!.lastError).toContain('NO_CONSENT, AFTER_OPT_OUT, PURPOSE_MISMATCH detection failed');
    // NO_CONSENT:m1 is not retracted although its detector returned nothing: it failed.
    expect((await rows()).map((r) => [r.key, r.retractedAt === null])).toEqual([
      ['NO_CONSENT:m1', true],
      ['OUTSIDE_WINDOW:m1', true],
      ['OUTSIDE_WINDOW:m2', true],
    ]);

    // The next run succeeds and clears the error.
    consent.failWith = null;
    await engine.run(TENANT, { mode: 'incremental' });
    expect(await store.findState(TENANT)).toMatchObject({ lastError: null, lastRunAt: clock.now() });
  });

  it('a requested full run (rules changed) re-detects the history once', async () => {
    await engine.run(TENANT, { mode: 'incremental' });
    await store.transaction((manager) => store.requestFullRun(manager, TENANT, clock.now()));
    clock.set(new Date('2026-03-20T15:00:00.000Z'));
    const full = await engine.run(TENANT, { mode: 'incremental' });
    expect(full.from).toEqual(new Date('2026-01-01T00:00:00.000Z'));
    expect((await store.findState(TENANT))!.fullRunRequestedAt).toBeNull();
    progress = { ...progress, earliestSinceMs: null };
    const next = await engine.run(TENANT, { mode: 'incremental' });
    expect(next.from).toEqual(new Date(clock.now().getTime() - INCREMENTAL_LOOK_BACK_MS));
  });

  it('skips an incremental run when nothing was ingested since the last one; a full run still runs', async () => {
    await engine.run(TENANT, { mode: 'incremental' });
    ingesting = false;
    consent.calls = [];
    clock.set(new Date('2026-03-20T12:01:00.000Z'));
    expect(await engine.run(TENANT, { mode: 'incremental' })).toMatchObject({ from: null, found: 0 });
    expect(consent.calls).toEqual([]);
    expect((await store.findState(TENANT))!.lastRunAt).toEqual(clock.now());
    await engine.run(TENANT, { mode: 'full' });
    expect(consent.calls).toHaveLength(3);
  });

  it('asks no detector about a month without events, and retracts what is stored there', async () => {
    consent.violations = [violation('NO_CONSENT', 'm1', '2026-02-10T10:00:00.000Z')];
    await engine.run(TENANT, { mode: 'incremental' });
    // The February events are gone from the warehouse (e.g. deleted): February has no events any more.
    consent.violations = [];
    eventsAt = eventsAt.filter((at) => at.getUTCMonth() !== 1);
    consent.calls = [];
    expect(await engine.run(TENANT, { mode: 'full' })).toMatchObject({ retracted: 1 });
    expect(consent.calls.map((r) => r.from.toISOString())).toEqual([
      '2026-01-01T00:00:00.000Z',
      '2026-03-01T00:00:00.000Z',
    ]);
  });

  it('runs of one tenant do not overlap', async () => {
    let active = 0;
    let maxActive = 0;
    consent.detect = async (_ctx, _range) => {
      active += 1;
      maxActive = Math.max(maxActive, active);
      await new Promise((resolve) => setImmediate(resolve));
      active -= 1;
      return [];
    };
    await Promise.all([
      engine.run(TENANT, { mode: 'full' }),
      engine.run(TENANT, { mode: 'full' }),
      engine.run(TENANT, { mode: 'incremental' }),
    ]);
    expect(maxActive).toBe(1);
  });

  it('a detector of another source shares a kind: its months and earliest instant count, its failure retracts only its own', async () => {
    const messages = new FakeDetector(['PROHIBITED_CONTENT']);
    const catalog = new SourceDetector(['PROHIBITED_CONTENT']);
    const noEvents: DetectionProgress = { maxIngestedMs: null, earliestSinceMs: null, earliestMs: null };
    const sourced = new DetectionEngine(
      [messages, catalog],
      store,
      { progress: () => Promise.resolve(noEvents), activeMonths: () => Promise.resolve([]) },
      { find: () => Promise.resolve(DEFAULT_COMPLIANCE_SETTINGS) },
      { timeZone: () => Promise.resolve('UTC') },
      clock,
    );
    const item = {
      ...violation('PROHIBITED_CONTENT', 'x', '2026-02-05T10:00:00.000Z', { source: 'catalog' }),
      key: 'PROHIBITED_CONTENT:catalog:sku1',
      messageId: null,
      eventId: null,
    };
    catalog.violations = [item];
    catalog.earliest = Date.parse('2026-02-01T09:00:00.000Z');
    // A tenant without events: the catalog alone decides the range and the months asked.
    const first = await sourced.run(TENANT, { mode: 'incremental' });
    expect(first).toMatchObject({ from: new Date('2026-02-01T00:00:00.000Z'), inserted: 1 });
    expect(catalog.calls.map((r) => r.from.toISOString())).toEqual(['2026-02-01T00:00:00.000Z']);

    messages.violations = [violation('PROHIBITED_CONTENT', 'm1', '2026-02-07T10:00:00.000Z')];
    expect(await sourced.run(TENANT, { mode: 'full' })).toMatchObject({ inserted: 1, retracted: 0 });

    // The catalog detector fails: the messages' finding (gone) is retracted, the catalog's violation is kept.
    messages.violations = [];
    catalog.failWith = new Error('store down');
    await expect(sourced.run(TENANT, { mode: 'full' })).rejects.toThrow('store down');
    expect((await rows()).map((r) => [r.key, r.retractedAt !== null])).toEqual([
      ['PROHIBITED_CONTENT:catalog:sku1', false],
      ['PROHIBITED_CONTENT:m1', true],
    ]);

    // The item removed: no month holds anything, so its violation is retracted.
    catalog.failWith = null;
    catalog.violations = [];
    expect(await sourced.run(TENANT, { mode: 'full' })).toMatchObject({ retracted: 1 });
    expect((await rows()).every((r) => r.retractedAt !== null)).toBe(true);
  });
});
