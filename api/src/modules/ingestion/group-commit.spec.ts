import { waitFor } from '@checkmark/test/helpers/wait-for';
import { GroupCommitter } from './group-commit';

/** A write we control: each call waits until the test releases or fails it. */
class FakeWrite {
  readonly calls: number[][] = [];
  private pending: { resolve: () => void; reject: (e: Error) => void }[] = [];

  readonly write = (items: number[]) => {
    this.calls.push(items);
    return new Promise<void>((resolve, reject) => this.pending.push({ resolve, reject }));
  };

  release(): void {
    this.pending.shift()!.resolve();
  }

  fail(error: Error): void {
    this.pending.shift()!.reject(error);
  }
}

const flushMicrotasks = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('GroupCommitter', () => {
  it('coalesces concurrent submissions into one write and resolves each only after it', async () => {
    const fake = new FakeWrite();
    const committer = new GroupCommitter(fake.write, { maxRows: 100, maxDelayMs: 1 });
    let resolved = 0;
    const a = committer.submit([1, 2]).then(() => resolved++);
    const b = committer.submit([3]).then(() => resolved++);
    await waitFor(
      () => fake.calls.length,
      (n) => n > 0,
      { what: 'the delayed flush' },
    );
    expect(fake.calls).toEqual([[1, 2, 3]]);
    expect(resolved).toBe(0);
    fake.release();
    await Promise.all([a, b]);
    expect(resolved).toBe(2);
  });

  it('writes at once when a batch reaches maxRows', async () => {
    const fake = new FakeWrite();
    const committer = new GroupCommitter(fake.write, { maxRows: 3, maxDelayMs: 60_000 });
    const done = committer.submit([1, 2, 3]);
    await flushMicrotasks();
    expect(fake.calls).toEqual([[1, 2, 3]]);
    fake.release();
    await done;
  });

  it('runs one write at a time and sends what arrived meanwhile right after', async () => {
    const fake = new FakeWrite();
    const committer = new GroupCommitter(fake.write, { maxRows: 1, maxDelayMs: 60_000 });
    const first = committer.submit([1]);
    await flushMicrotasks();
    const second = committer.submit([2]);
    const third = committer.submit([3]);
    await flushMicrotasks();
    expect(fake.calls).toEqual([[1]]);
    fake.release();
    await first;
    await flushMicrotasks();
    expect(fake.calls).toEqual([[1], [2, 3]]);
    fake.release();
    await Promise.all([second, third]);
  });

  it('fails every submission of a failed write and keeps working afterwards', async () => {
    const fake = new FakeWrite();
    const committer = new GroupCommitter(fake.write, { maxRows: 2, maxDelayMs: 60_000 });
    const a = committer.submit([1]);
    const b = committer.submit([2]);
    await flushMicrotasks();
    fake.fail(new Error('clickhouse down'));
    await expect(a).rejects.toThrow('clickhouse down');
    await expect(b).rejects.toThrow('clickhouse down');
    const c = committer.submit([3, 4]);
    await flushMicrotasks();
    fake.release();
    await expect(c).resolves.toBeUndefined();
    expect(fake.calls).toEqual([
      [1, 2],
      [3, 4],
    ]);
  });

  it('counts rows with the given measure', async () => {
    const writes: string[][] = [];
    const committer = new GroupCommitter<string>(
      (items) => {
        writes.push(items);
        return Promise.resolve();
      },
      { maxRows: 5, maxDelayMs: 60_000 },
      (s) => s.length,
    );
    await committer.submit(['abcde']);
    expect(writes).toEqual([['abcde']]);
  });

  it('close() writes what waits, then refuses new work', async () => {
    const fake = new FakeWrite();
    const committer = new GroupCommitter(fake.write, { maxRows: 100, maxDelayMs: 60_000 });
    const pending = committer.submit([1]);
    const closed = committer.close();
    await flushMicrotasks();
    expect(fake.calls).toEqual([[1]]);
    fake.release();
    await Promise.all([pending, closed]);
    await expect(committer.submit([2])).rejects.toMatchObject({ code: 'SHUTTING_DOWN' });
  });

  it('reports each write to onFlush with its size and error', async () => {
    const seen: [number, boolean][] = [];
    const committer = new GroupCommitter<number>(
      (items) => (items.includes(0) ? Promise.reject(new Error('x')) : Promise.resolve()),
      { maxRows: 1, maxDelayMs: 0, onFlush: (rows, _ms, error) => seen.push([rows, error !== undefined]) },
    );
    await committer.submit([1]);
    await committer.submit([0]).catch(() => undefined);
    expect(seen).toEqual([
      [1, false],
      [1, true],
    ]);
  });
});
