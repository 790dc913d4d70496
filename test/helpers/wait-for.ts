/** Polls `probe` until it returns a value that satisfies `done`, or fails with the last value seen. */
export async function waitFor<T>(
  probe: () => Promise<T> | T,
  done: (value: T) => boolean = Boolean,
  {
    timeoutMs = 30000,
    intervalMs = 100,
    what = 'condition',
  }: { timeoutMs?: number; intervalMs?: number; what?: string } = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  let lastError: unknown;
  for (;;) {
    try {
      last = await probe();
      if (done(last)) return last;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      const seen = lastError instanceof Error ? lastError.message : JSON.stringify(last);
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}; last: ${seen}`);
    }
    await new Promise<void>((resolve) => setTimeout(resolve, intervalMs));
  }
}
