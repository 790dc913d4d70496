import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '../../..');

/** The demo admin the benchmarks seed and log in as. */
export const BENCH_ADMIN = { email: 'bench@checkmark.local', password: 'bench-pages-password-2026' };

export interface RunningProduct {
  launcher: ChildProcess;
  url: string;
  /** Wall time from spawn to "ready" (includes the demo seed on a first start). */
  seededMs: number;
  /** Stops the launcher (and its API child) and waits for it to exit. */
  stop(): Promise<void>;
}

export function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/**
 * Starts the embedded product as users do (`tools/start.mjs`: incremental build, then the server) on `dataDir`;
 * an empty directory is seeded with `events` demo events over `days` days through the public API first.
 * `build: false` runs the already built server (`api/dist/main.js`) directly on a seeded directory, the way the
 * launcher runs it, for when a web build in progress elsewhere in the tree would stop the launcher.
 */
export function startProduct(
  dataDir: string,
  port: number,
  events: number,
  days: number,
  options: { build?: boolean; env?: Record<string, string> } = {},
): Promise<RunningProduct> {
  const started = Date.now();
  const build = options.build ?? true;
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    PORT: String(port),
    DATA_DIR: dataDir,
    SEED_DEMO_EVENTS: String(events),
    SEED_DEMO_DAYS: String(days),
    CHECKMARK_ADMIN_EMAIL: BENCH_ADMIN.email,
    CHECKMARK_ADMIN_PASSWORD: BENCH_ADMIN.password,
    ...options.env,
  };
  const launcher = spawn(process.execPath, [join(root, build ? 'tools/start.mjs' : 'api/dist/main.js')], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (launcher.exitCode !== null || launcher.signalCode !== null) return;
    const exited = new Promise((resolve) => launcher.once('exit', resolve));
    launcher.kill('SIGINT');
    await exited;
  };
  return new Promise((resolve, reject) => {
    let out = '';
    let ready = false;
    const done = () => {
      if (ready) return;
      ready = true;
      resolve({ launcher, url, seededMs: Date.now() - started, stop });
    };
    launcher.stdout.on('data', (chunk: Buffer) => {
      const text = chunk.toString();
      process.stderr.write(text);
      out += text;
      if (/ready at http/.test(out)) done();
    });
    launcher.once('exit', (code) => {
      if (!ready) reject(new Error(`the product exited (${code}) before it was ready`));
    });
    if (!build) {
      const poll = async () => {
        while (!ready && launcher.exitCode === null) {
          const healthy = await fetch(`${url}/healthz`).then(
            (r) => r.ok,
            () => false,
          );
          if (healthy) return done();
          await new Promise((r) => setTimeout(r, 200));
        }
      };
      void poll();
    }
  });
}

/** The process that runs the API: the launcher's `api/dist/main.js` child, or the server itself without one. */
export function serverPid(product: RunningProduct): number | undefined {
  const pid = product.launcher.pid!;
  return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('api/dist/main.js') ? pid : apiPid(pid);
}

/** The launcher's API child (`api/dist/main.js`), found through /proc. */
function apiPid(launcherPid: number): number | undefined {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const cmd = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
      if (ppid === launcherPid && cmd.includes('api/dist/main.js')) return Number(entry);
    } catch {
      // The process ended while the table was read.
    }
  }
  return undefined;
}

export async function graphql(
  url: string,
  token: string | undefined,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<Record<string, unknown>> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: Record<string, unknown>; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(`${JSON.stringify(body.errors)} in ${query.slice(0, 80)}`);
  return body.data!;
}

export async function login(url: string): Promise<string> {
  const data = (await graphql(
    url,
    undefined,
    `
      mutation L($email: String!, $password: String!) {
        login(email: $email, password: $password) {
          token
        }
      }
    `,
    BENCH_ADMIN,
  )) as { login: { token: string } };
  return data.login.token;
}

/** When the rollups were last rebuilt as the pages report it ("Figures as of"); null before the first rebuild. */
export async function rollupsAsOf(url: string, token: string): Promise<string | null> {
  const day = isoDay(Date.now());
  const data = (await graphql(
    url,
    token,
    `query { engagement(filter: { from: "${day}", to: "${day}" }) { asOf } }`,
  )) as {
    engagement: { asOf: string | null };
  };
  return data.engagement.asOf;
}

/** Waits until the start-up rebuild of the rollups has finished, so it does not run under the timed queries. */
export async function waitForRollups(url: string, token: string): Promise<number> {
  const started = Date.now();
  for (;;) {
    if (await rollupsAsOf(url, token)) return Date.now() - started;
    if (Date.now() - started > 30 * 60_000) throw new Error('the rollups were not rebuilt within 30 minutes');
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

/**
 * Waits until no rollup rebuild has finished for `quietMs` (the as-of time stayed put), so a rebuild the product
 * starts on its own after start-up does not run under the first timed operations; gives up after `limitMs`.
 */
export async function waitForQuietRollups(
  url: string,
  token: string,
  quietMs = 45_000,
  limitMs = 600_000,
): Promise<number> {
  const started = Date.now();
  let asOf = await rollupsAsOf(url, token);
  let since = Date.now();
  while (Date.now() - since < quietMs && Date.now() - started < limitMs) {
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const now = await rollupsAsOf(url, token);
    if (now !== asOf) {
      asOf = now;
      since = Date.now();
    }
  }
  return Date.now() - started;
}
