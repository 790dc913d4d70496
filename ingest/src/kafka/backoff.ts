import type { BackoffConfig } from '../config';

/**
 * Exponential backoff, capped at `maxMs`, with "equal jitter": half the delay is fixed and half random, so
 * many ingesters retrying against one recovering ClickHouse spread out without ever retrying instantly.
 */
export class Backoff {
  constructor(
    private readonly config: BackoffConfig,
    private readonly random: () => number = Math.random,
  ) {}

  delayMs(attempt: number): number {
    const ceiling = Math.min(this.config.maxMs, this.config.initialMs * 2 ** Math.min(attempt, 30));
    return Math.round(ceiling / 2 + (ceiling / 2) * this.random());
  }
}
