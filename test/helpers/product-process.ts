import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { waitFor } from './wait-for';

/**
 * The compiled product (api/dist, ingest/dist) run as real child processes on loopback, for whole-stack e2e tests.
 * Build first: `npx tsc -b tsconfig.build.json && node tools/copy-sql.mjs` (`npm test` does it).
 */
export const REPO_ROOT = resolve(__dirname, '..', '..');
export const API_MAIN = join(REPO_ROOT, 'api', 'dist', 'main.js');
export const INGEST_MAIN = join(REPO_ROOT, 'ingest', 'dist', 'main.js');

// The product's own settings never leak from the test runner's environment (the global setup sets KAFKA_BROKERS).
const PRODUCT_ENV =
  /^(KAFKA_|CHECKMARK_|WHATSAPP_|CLICKHOUSE_|INGEST_|DATABASE_URL$|DATA_DIR$|PORT$|HOST$|METRICS_PORT$|LOG_LEVEL$|SHUTDOWN_TIMEOUT_MS$)/;

const TAIL_BYTES = 16 * 1024;
const running = new Set<ProductProcess>();

/** A free TCP port on 127.0.0.1 (released again before it is returned). */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        if (address && typeof address === 'object') resolvePort(address.port);
        else reject(new Error('no port assigned'));
      });
    });
  });
}

/** A fresh temporary directory; remove it with `removeDir`. */
export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `checkmark-${prefix}-`));
}

export function removeDir(dir: string | undefined): void {
  if (dir) rmSync(dir, { recursive: true, force: true });
}

export interface ProcessExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export class ProductProcessError extends Error {
  constructor(
    readonly code: 'PROCESS_EXITED' | 'PROCESS_STOP_TIMEOUT',
    message: string,
  ) {
    super(message);
    this.name = 'ProductProcessError';
  }
}

/** One running product process: its output tail for diagnostics, and a bounded stop. */
export class ProductProcess {
  private output = '';
  private exitInfo: ProcessExit | undefined;
  private stopping = false;
  readonly exited: Promise<ProcessExit>;

  constructor(
    readonly name: string,
    private readonly child: ChildProcess,
  ) {
    const keep = (chunk: Buffer) => {
      this.output = (this.output + chunk.toString('utf8')).slice(-TAIL_BYTES);
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    this.exited = new Promise((resolveExit) => {
      child.once('exit', (code, signal) => {
        this.exitInfo = { code, signal };
        running.delete(this);
        if (!this.stopping) {
          process.stderr.write(
            `\n[${name}] exited unexpectedly (code ${code}, signal ${signal}); output tail:\n${this.tail()}\n`,
          );
        }
        resolveExit(this.exitInfo);
      });
    });
    running.add(this);
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  get hasExited(): boolean {
    return this.exitInfo !== undefined;
  }

  /** The last lines the process wrote (stdout and stderr interleaved). */
  tail(lines = 60): string {
    return this.output.split('\n').slice(-lines).join('\n');
  }

  /** Throws, with the output tail, if the process is no longer running. */
  assertRunning(): void {
    if (this.exitInfo) {
      throw new ProductProcessError(
        'PROCESS_EXITED',
        `${this.name} exited (code ${this.exitInfo.code}, signal ${this.exitInfo.signal}); output tail:\n${this.tail()}`,
      );
    }
  }

  /** Sends the signal and waits for the exit; SIGKILLs and throws when it takes longer than timeoutMs. */
  async stop(signal: NodeJS.Signals = 'SIGTERM', timeoutMs = 20000): Promise<ProcessExit> {
    this.stopping = true;
    if (this.exitInfo) return this.exitInfo;
    this.child.kill(signal);
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<'timeout'>((resolveTimeout) => {
      timer = setTimeout(() => resolveTimeout('timeout'), timeoutMs);
    });
    const outcome = await Promise.race([this.exited, timeout]);
    clearTimeout(timer);
    if (outcome === 'timeout') {
      this.child.kill('SIGKILL');
      await this.exited;
      throw new ProductProcessError(
        'PROCESS_STOP_TIMEOUT',
        `${this.name} did not exit within ${timeoutMs} ms of ${signal}; output tail:\n${this.tail()}`,
      );
    }
    return outcome;
  }

  /** Last resort for afterAll: SIGKILL and wait. */
  async kill(): Promise<void> {
    this.stopping = true;
    if (this.exitInfo) return;
    this.child.kill('SIGKILL');
    await this.exited;
  }
}

export interface StartOptions {
  name: string;
  script: string;
  /** The product configuration; nothing of the runner's own product variables is inherited. */
  env: Record<string, string>;
  /** Polled until it answers 200; the start fails early with the output tail if the process dies first. */
  readyUrl: string;
  readyTimeoutMs?: number;
}

export async function startProductProcess({
  name,
  script,
  env,
  readyUrl,
  readyTimeoutMs = 60000,
}: StartOptions): Promise<ProductProcess> {
  const base = Object.fromEntries(Object.entries(process.env).filter(([key]) => !PRODUCT_ENV.test(key)));
  const child = spawn(process.execPath, [script], {
    cwd: REPO_ROOT,
    env: { ...base, NO_COLOR: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const proc = new ProductProcess(name, child);
  let ready: number | 'exited';
  try {
    ready = await waitFor(
      async () => {
        if (proc.hasExited) return 'exited' as const;
        const response = await fetch(readyUrl, { signal: AbortSignal.timeout(2000) });
        await response.arrayBuffer();
        return response.status;
      },
      (status) => status === 200 || status === 'exited',
      { timeoutMs: readyTimeoutMs, intervalMs: 200, what: `${name} ready at ${readyUrl}` },
    );
  } catch (error) {
    await proc.kill();
    const detail = error instanceof Error ? error.message : String(error);
    throw new Error(`${name} did not become ready: ${detail}\noutput tail:\n${proc.tail()}`);
  }
  if (ready === 'exited') proc.assertRunning();
  return proc;
}

/** SIGKILLs every product process still running (for afterAll, also after failures). */
export async function killAllProductProcesses(): Promise<void> {
  await Promise.all([...running].map((proc) => proc.kill()));
}
