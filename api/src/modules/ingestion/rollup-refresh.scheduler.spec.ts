import { Logger } from '@nestjs/common';
import { RollupRefreshScheduler, type RollupStore } from './rollup-refresh.scheduler';

/** A store whose rebuilds end when the test says so. */
function fakeStore(refreshedAt: Date | null = new Date()) {
  const rebuilds: Array<{ startedAt: number; finish: () => void; fail: (error: Error) => void }> = [];
  const schedules: string[] = [];
  const store: RollupStore = {
    refreshRollups: () =>
      new Promise<void>((resolve, reject) => rebuilds.push({ startedAt: Date.now(), finish: resolve, fail: reject })),
    rollupsRefreshedAt: () => Promise.resolve(refreshedAt),
    setRollupSchedule: (schedule) => (schedules.push(schedule), Promise.resolve(1)),
  };
  return { store, rebuilds, schedules };
}

const flush = () =>
  new Promise((resolve) => jest.requireActual<typeof import('timers')>('timers').setImmediate(resolve));

// The clock is Jest's fake one (Date.now and timers): no test sleeps. Times are ms since the test began.
describe('RollupRefreshScheduler', () => {
  let t0: number;
  const at = () => Date.now() - t0;
  /** Advances the fake clock to `ms` after the test began. */
  const advanceTo = (ms: number) => jest.advanceTimersByTime(ms - at());

  beforeEach(() => {
    jest.useFakeTimers();
    t0 = Date.now();
  });
  afterEach(() => jest.useRealTimers());

  it('rebuilds once, 2 s after the last of a burst of writes', async () => {
    const { store, rebuilds } = fakeStore();
    const scheduler = new RollupRefreshScheduler(store, 2000);
    scheduler.requestRefresh();
    advanceTo(1500);
    scheduler.requestRefresh();
    advanceTo(3499);
    expect(rebuilds).toHaveLength(0);
    advanceTo(3500);
    expect(rebuilds).toHaveLength(1);
    rebuilds[0].finish();
    await scheduler.stop();
    expect(rebuilds).toHaveLength(1);
  });

  it('starts the next rebuild no sooner than 30 s after the previous one started', async () => {
    const { store, rebuilds } = fakeStore();
    const scheduler = new RollupRefreshScheduler(store, 2000, 30_000);
    scheduler.requestRefresh();
    advanceTo(2000);
    expect(rebuilds.map((r) => r.startedAt - t0)).toEqual([2000]);
    advanceTo(3000); // a 1 s rebuild: 2 × 1 s < 30 s
    rebuilds[0].finish();
    await flush();
    scheduler.requestRefresh(); // 2 s later would be 5 s: too soon
    advanceTo(31_999);
    expect(rebuilds).toHaveLength(1);
    advanceTo(32_000);
    expect(rebuilds.map((r) => r.startedAt - t0)).toEqual([2000, 32_000]);
    rebuilds[1].finish();
    await scheduler.stop();
  });

  it('spaces rebuilds by twice the last one when that is longer, keeping a request made during it', async () => {
    const { store, rebuilds } = fakeStore();
    const scheduler = new RollupRefreshScheduler(store, 2000, 30_000);
    scheduler.requestRefresh();
    advanceTo(2000);
    advanceTo(10_000);
    scheduler.requestRefresh(); // during the rebuild: kept
    advanceTo(22_000); // the rebuild took 20 s: the next starts 40 s after 2 s
    rebuilds[0].finish();
    await flush();
    advanceTo(41_999);
    expect(rebuilds).toHaveLength(1);
    advanceTo(42_000);
    expect(rebuilds.map((r) => r.startedAt - t0)).toEqual([2000, 42_000]);
    rebuilds[1].finish();
    await scheduler.stop();
  });

  it('under continuous writes rebuilds at most one spacing after the first pending write, never back to back', async () => {
    const { store, rebuilds } = fakeStore();
    const scheduler = new RollupRefreshScheduler(store, 2000, 30_000);
    for (let ms = 0; ms <= 100_000; ms += 1000) {
      advanceTo(ms);
      if (rebuilds.length && Date.now() - rebuilds[rebuilds.length - 1].startedAt === 1000) {
        rebuilds[rebuilds.length - 1].finish(); // each rebuild takes 1 s
        await flush();
      }
      scheduler.requestRefresh(); // a stored batch every second
    }
    // First: 2 s after the first write would never come (writes every 1 s), so 30 s after it. Then every 30 s.
    expect(rebuilds.map((r) => r.startedAt - t0)).toEqual([30_000, 60_000, 90_000]);
    const gaps = rebuilds.slice(1).map((r, i) => r.startedAt - rebuilds[i].startedAt);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(30_000);
    rebuilds[rebuilds.length - 1].finish();
    await scheduler.stop();
  });

  it('never runs two rebuilds at once', async () => {
    const { store, rebuilds } = fakeStore();
    const scheduler = new RollupRefreshScheduler(store, 10, 0);
    scheduler.requestRefresh();
    advanceTo(10);
    scheduler.requestRefresh();
    advanceTo(1000);
    expect(rebuilds).toHaveLength(1);
    rebuilds[0].finish();
    await flush();
    advanceTo(2000);
    expect(rebuilds).toHaveLength(2);
    rebuilds[1].finish();
    await scheduler.stop();
  });

  it('logs a failed rebuild and rebuilds again on the next request, after the spacing', async () => {
    const { store, rebuilds } = fakeStore();
    const scheduler = new RollupRefreshScheduler(store, 10, 30_000);
    const logged = jest.spyOn(scheduler['logger'], 'error').mockImplementation(() => undefined);
    scheduler.requestRefresh();
    advanceTo(10);
    rebuilds[0].fail(new Error('Memory limit exceeded'));
    await scheduler.idle();
    expect(logged).toHaveBeenCalledWith(expect.stringContaining('Memory limit exceeded'));
    scheduler.requestRefresh();
    advanceTo(30_009);
    expect(rebuilds).toHaveLength(1);
    advanceTo(30_010);
    expect(rebuilds).toHaveLength(2);
    rebuilds[1].finish();
    await scheduler.stop();
  });

  it('rebuilds at start only when the rollups have not rebuilt since the warehouse started', async () => {
    const never = fakeStore(null);
    await new RollupRefreshScheduler(never.store).refreshIfNeverRefreshed();
    expect(never.rebuilds).toHaveLength(1);
    const fresh = fakeStore(new Date());
    await new RollupRefreshScheduler(fresh.store).refreshIfNeverRefreshed();
    expect(fresh.rebuilds).toHaveLength(0);
  });

  it("puts the views on the process's schedule at start, then rebuilds once if they never did", async () => {
    const embedded = fakeStore(null);
    await new RollupRefreshScheduler(embedded.store, 10, 0, 'on-demand').startUp();
    expect([embedded.schedules, embedded.rebuilds.length]).toEqual([['on-demand'], 1]);
    const kafka = fakeStore(new Date());
    await new RollupRefreshScheduler(kafka.store).startUp();
    expect([kafka.schedules, kafka.rebuilds.length]).toEqual([['periodic'], 0]);
    // A schedule that cannot be set is logged; the start-up rebuild still happens.
    const failing = fakeStore(null);
    failing.store.setRollupSchedule = () => Promise.reject(new Error('engine unavailable'));
    const scheduler = new RollupRefreshScheduler(failing.store, 10, 0, 'on-demand');
    const logged = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    await scheduler.startUp();
    expect(failing.rebuilds).toHaveLength(1);
    expect(logged).toHaveBeenCalledTimes(1);
    logged.mockRestore();
  });

  it('drops pending requests once stopped', async () => {
    const { store, rebuilds } = fakeStore();
    const scheduler = new RollupRefreshScheduler(store, 10);
    scheduler.requestRefresh();
    await scheduler.stop();
    advanceTo(100);
    scheduler.requestRefresh();
    advanceTo(100_000);
    expect(rebuilds).toHaveLength(0);
  });
});
