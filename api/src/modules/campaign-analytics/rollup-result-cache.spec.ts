import { RollupResultCache } from './rollup-result-cache';

describe('RollupResultCache', () => {
  const loader = (rows: number[]) => {
    const load = jest.fn(() => Promise.resolve([...rows]));
    return load;
  };

  it('answers the same query on the same version from memory, and reloads on another version', async () => {
    const cache = new RollupResultCache();
    const first = loader([1, 2]);
    expect(await cache.get('v1', 'SELECT 1', { a: 1 }, first)).toEqual([1, 2]);
    expect(await cache.get('v1', 'SELECT 1', { a: 1 }, first)).toEqual([1, 2]);
    expect(first).toHaveBeenCalledTimes(1);

    const newer = loader([3]);
    expect(await cache.get('v2', 'SELECT 1', { a: 1 }, newer)).toEqual([3]);
    expect(newer).toHaveBeenCalledTimes(1);
    expect(cache.size).toBe(1);
  });

  it('keys by the SQL and every parameter', async () => {
    const cache = new RollupResultCache();
    await cache.get('v1', 'SELECT 1', { a: 1 }, loader([1]));
    expect(await cache.get('v1', 'SELECT 1', { a: 2 }, loader([2]))).toEqual([2]);
    expect(await cache.get('v1', 'SELECT 2', { a: 1 }, loader([3]))).toEqual([3]);
    expect(cache.size).toBe(3);
  });

  it('shares an answer still running and forgets a failed one', async () => {
    const cache = new RollupResultCache();
    let resolve: (rows: number[]) => void = () => undefined;
    const slow = jest.fn(() => new Promise<number[]>((r) => (resolve = r)));
    const a = cache.get('v1', 'q', {}, slow);
    const b = cache.get('v1', 'q', {}, slow);
    resolve([7]);
    expect(await Promise.all([a, b])).toEqual([[7], [7]]);
    expect(slow).toHaveBeenCalledTimes(1);

    const failing = jest.fn(() => Promise.reject(new Error('boom')));
    await expect(cache.get('v1', 'bad', {}, failing)).rejects.toThrow('boom');
    const retried = loader([8]);
    expect(await cache.get('v1', 'bad', {}, retried)).toEqual([8]);
    expect(retried).toHaveBeenCalledTimes(1);
  });

  it('returns copies, so a caller changing its rows does not change what is remembered', async () => {
    const cache = new RollupResultCache();
    const rows = await cache.get('v1', 'q', {}, loader([1, 2, 3]));
    rows.pop();
    expect(await cache.get('v1', 'q', {}, loader([9]))).toEqual([1, 2, 3]);
  });

  it('forgets the least recently used entries beyond its row budget', async () => {
    // each entry counts its rows + 1: two entries of two rows fit in 6
    const cache = new RollupResultCache(6);
    await cache.get('v1', 'a', {}, loader([1, 2]));
    await cache.get('v1', 'b', {}, loader([3, 4]));
    await cache.get('v1', 'a', {}, loader([0]));
    await cache.get('v1', 'c', {}, loader([5, 6]));
    expect(cache.size).toBe(2);
    expect(await cache.get('v1', 'a', {}, loader([0]))).toEqual([1, 2]);
    const b = loader([7]);
    expect(await cache.get('v1', 'b', {}, b)).toEqual([7]);
    expect(b).toHaveBeenCalledTimes(1);
  });
});
