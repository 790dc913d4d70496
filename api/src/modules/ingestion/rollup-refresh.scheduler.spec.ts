import { RollupRefreshScheduler, type RollupStore } from './rollup-refresh.scheduler';

/** A store whose rebuilds end when the test says so. */
function fakeStore(refreshedAt: Date | null = new Date()) {
  const rebuilds: Array<{ finish: () => void; fail: (error: Error) => void }> = [];
  const store: RollupStore = {
    refreshRollups: () => new Promise<void>((resolve, reject) => rebuilds.push({ finish: resolve, fail: reject })),
    rollupsRefreshedAt: () => Promise.resolve(refreshedAt),
  };
  return { store, rebuilds };
}

const flush = () =>
  new Promise((resolve) => jest.requireActual<typeof import('timers')>('timers').setImmediate(resolve));

describe('RollupRefreshScheduler', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('rebuilds once, 2 s after the last of a burst of writes', async () => {
    const { store, rebuilds } = fakeStore();
    const scheduler = new RollupRefreshScheduler(store, 2000);
    scheduler.requestRefresh();
    jest.advanceTimersByTime(1500);
    scheduler.requestRefresh();
    jest.advanceTimersByTime(1999);
    expect(rebuilds).toHaveLength(0);
    jest.advanceTimersByTime(1);
    expect(rebuilds).toHaveLength(1);
    rebuilds[0].finish();
    await scheduler.stop();
    expect(rebuilds).toHaveLength(1);
  });

  it('never runs two rebuilds at once: a request during one starts another when it ends', async () => {
    const { store, rebuilds } = fakeStore();
    const scheduler = new RollupRefreshScheduler(store, 10);
    scheduler.requestRefresh();
    jest.advanceTimersByTime(10);
    scheduler.requestRefresh();
    jest.advanceTimersByTime(10);
    expect(rebuilds).toHaveLength(1);
    rebuilds[0].finish();
    await flush();
    expect(rebuilds).toHaveLength(2);
    rebuilds[1].finish();
    await scheduler.stop();
  });

  it('logs a failed rebuild and rebuilds again on the next request', async () => {
    const { store, rebuilds } = fakeStore();
    const scheduler = new RollupRefreshScheduler(store, 10);
    const logged = jest.spyOn(scheduler['logger'], 'error').mockImplementation(() => undefined);
    scheduler.requestRefresh();
    jest.advanceTimersByTime(10);
    rebuilds[0].fail(new Error('Memory limit exceeded'));
    await scheduler.idle();
    expect(logged).toHaveBeenCalledWith(expect.stringContaining('Memory limit exceeded'));
    scheduler.requestRefresh();
    jest.advanceTimersByTime(10);
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

  it('drops pending requests once stopped', async () => {
    const { store, rebuilds } = fakeStore();
    const scheduler = new RollupRefreshScheduler(store, 10);
    scheduler.requestRefresh();
    await scheduler.stop();
    jest.advanceTimersByTime(100);
    scheduler.requestRefresh();
    jest.advanceTimersByTime(100);
    expect(rebuilds).toHaveLength(0);
  });
});
