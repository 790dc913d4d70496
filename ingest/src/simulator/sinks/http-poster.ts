import { SimulatorError } from '../simulator-error';

export interface HttpPosterOptions {
  url: string;
  concurrency: number;
  /** Attempts per request on 5xx or network errors. */
  maxAttempts?: number;
  baseDelayMs?: number;
  fetchImpl?: typeof fetch;
}

/**
 * POSTs bodies with bounded concurrency. 5xx, 429 and network errors are retried with exponential backoff and
 * jitter; any other 4xx stops the run with SIMULATOR_POST_REJECTED (the data is wrong, retrying will not help).
 */
export class HttpPoster {
  private readonly inFlight = new Set<Promise<void>>();
  private failure: SimulatorError | undefined;
  posted = 0;
  retries = 0;

  constructor(private readonly options: HttpPosterOptions) {}

  /** Starts a POST; waits first while `concurrency` requests are running. */
  async submit(body: Buffer | string, headers: Record<string, string>): Promise<void> {
    this.check();
    while (this.inFlight.size >= this.options.concurrency) {
      await Promise.race(this.inFlight);
      this.check();
    }
    const request = this.send(body, headers).then(
      () => {
        this.posted++;
      },
      (error: unknown) => {
        this.failure ??=
          error instanceof SimulatorError ? error : new SimulatorError('SIMULATOR_POST_FAILED', String(error));
      },
    );
    const tracked = request.finally(() => this.inFlight.delete(tracked));
    this.inFlight.add(tracked);
  }

  async drain(): Promise<void> {
    await Promise.all(this.inFlight);
    this.check();
  }

  private check(): void {
    if (this.failure) throw this.failure;
  }

  private async send(body: Buffer | string, headers: Record<string, string>): Promise<void> {
    const maxAttempts = this.options.maxAttempts ?? 8;
    const base = this.options.baseDelayMs ?? 200;
    const doFetch = this.options.fetchImpl ?? fetch;
    for (let attempt = 1; ; attempt++) {
      let retryable: string;
      try {
        const response = await doFetch(this.options.url, { method: 'POST', headers, body });
        if (response.ok) {
          await response.arrayBuffer();
          return;
        }
        const text = await response.text();
        if (response.status < 500 && response.status !== 429) {
          throw new SimulatorError(
            'SIMULATOR_POST_REJECTED',
            `POST ${this.options.url} answered ${response.status}: ${text.slice(0, 500)}`,
            { status: response.status },
          );
        }
        retryable = `HTTP ${response.status}`;
      } catch (error) {
        if (error instanceof SimulatorError) throw error;
        retryable = (error as Error).message;
      }
      if (attempt >= maxAttempts) {
        throw new SimulatorError(
          'SIMULATOR_POST_FAILED',
          `POST ${this.options.url} failed after ${attempt} attempts: ${retryable}`,
        );
      }
      this.retries++;
      const delay = Math.min(10_000, base * 2 ** (attempt - 1)) * (0.5 + Math.random() / 2);
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}
