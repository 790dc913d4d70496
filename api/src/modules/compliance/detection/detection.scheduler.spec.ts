import type { RollupRefreshScheduler } from '../../ingestion/rollup-refresh.scheduler';
import type { ViolationsRepository } from '../violations.repository';
import type { DetectionEngine } from './detection-engine';
import type { DetectionRequest } from './detection-run';
import { DetectionScheduler } from './detection.scheduler';

function setup(intervalMs: number, failFor: string[] = []) {
  const runs: Array<[string, DetectionRequest['mode']]> = [];
  const engine = {
    run: (tenantId: string, request: DetectionRequest) => {
      runs.push([tenantId, request.mode]);
      return failFor.includes(tenantId) ? Promise.reject(new Error('boom')) : Promise.resolve({} as never);
    },
  } as unknown as DetectionEngine;
  const listeners: Array<() => void> = [];
  const rollups = {
    onRefreshed: (listener: () => void) => listeners.push(listener),
  } as unknown as RollupRefreshScheduler;
  const violations = { tenantIds: () => Promise.resolve(['t1', 't2', 't3']) } as unknown as ViolationsRepository;
  const scheduler = new DetectionScheduler(engine, violations, rollups, {
    compliance: { detectionIntervalMs: intervalMs },
  });
  return { scheduler, runs, listeners };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('DetectionScheduler', () => {
  afterEach(() => jest.useRealTimers());

  it("runs every tenant on the interval and after a rollup rebuild; one tenant's failure does not stop the others", async () => {
    jest.useFakeTimers();
    const { scheduler, runs, listeners } = setup(60_000, ['t2']);
    scheduler.onApplicationBootstrap();
    expect(listeners).toHaveLength(1);
    jest.advanceTimersByTime(60_000);
    jest.useRealTimers();
    for (let i = 0; i < 5; i++) await settle();
    expect(runs).toEqual([
      ['t1', 'incremental'],
      ['t2', 'incremental'],
      ['t3', 'incremental'],
    ]);
    listeners[0]();
    for (let i = 0; i < 5; i++) await settle();
    expect(runs).toHaveLength(6);
    await scheduler.beforeApplicationShutdown();
  });

  it('interval 0: no timer, no rebuild trigger; a rules change still runs its tenant', async () => {
    const { scheduler, runs, listeners } = setup(0);
    scheduler.onApplicationBootstrap();
    expect(listeners).toHaveLength(0);
    scheduler.triggerTenant('t2');
    await scheduler.beforeApplicationShutdown();
    expect(runs).toEqual([['t2', 'incremental']]);
    scheduler.triggerTenant('t3');
    expect(runs).toHaveLength(1);
  });
});
