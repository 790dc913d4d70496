import { Backoff } from './backoff';

describe('Backoff', () => {
  it('doubles from the initial delay up to the cap, with half of each delay jittered', () => {
    const ceiling = new Backoff({ initialMs: 100, maxMs: 1500 }, () => 1);
    expect([0, 1, 2, 3, 4, 5, 60].map((a) => ceiling.delayMs(a))).toEqual([100, 200, 400, 800, 1500, 1500, 1500]);
    const floor = new Backoff({ initialMs: 100, maxMs: 1500 }, () => 0);
    expect([0, 1, 4].map((a) => floor.delayMs(a))).toEqual([50, 100, 750]);
  });
});
