// `npm start`: brings the compiled output and the web build up to date, runs the embedded product in one process
// and, on the first start with an empty DATA_DIR, loads the demo tenant (admin user + ~90 days of simulated traffic).
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const env = process.env;
const say = (line) => process.stdout.write(`checkmark: ${line}\n`);
const fail = (line, code = 1) => {
  process.stderr.write(`checkmark: ${line}\n`);
  process.exit(code);
};

const port = Number(env.PORT ?? 3000);
if (!Number.isInteger(port) || port < 1 || port > 65535) fail(`PORT must be a port number (got "${env.PORT}")`, 2);
const dataDir = isAbsolute(env.DATA_DIR ?? '') ? env.DATA_DIR : resolve(root, env.DATA_DIR || 'data');
const seedDemo = !/^(false|0|no|off)$/i.test(env.SEED_DEMO ?? '');
const positiveInt = (name, fallback) => {
  const value = Number(env[name] ?? fallback);
  if (!Number.isInteger(value) || value < 1) fail(`${name} must be a positive integer (got "${env[name]}")`, 2);
  return value;
};
// Sized so that the first start (build included) finishes in about a minute on a small machine; see README.
const demoDays = positiveInt('SEED_DEMO_DAYS', 90);
const demoEvents = positiveInt('SEED_DEMO_EVENTS', 300_000);
const adminEmail = env.CHECKMARK_ADMIN_EMAIL || 'admin@checkmark.local';

// ---------- build what is missing (incremental) ----------

const run = (title, cmd, args) => {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) fail(`${title} failed (exit ${r.status ?? r.signal})`, r.status || 1);
};

const started = Date.now();
say('building (incremental)…');
run('TypeScript build', process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-b', 'tsconfig.build.json']);
run('migration copy', process.execPath, [join(root, 'tools/copy-sql.mjs')]);

/** Newest modification time under the given paths (files or directories), 0 when none exist. */
function newestMtime(paths) {
  let newest = 0;
  const visit = (p) => {
    let s;
    try {
      s = statSync(p);
    } catch {
      return;
    }
    if (s.isDirectory()) {
      for (const entry of readdirSync(p)) if (entry !== 'node_modules' && entry !== 'dist') visit(join(p, entry));
    } else newest = Math.max(newest, s.mtimeMs);
  };
  paths.forEach(visit);
  return newest;
}

const webDir = join(root, 'web');
const webIndex = join(webDir, 'dist', 'index.html');
const webSources = ['src', 'public', 'index.html', 'vite.config.ts', 'package.json', 'tsconfig.json'].map((p) =>
  join(webDir, p),
);
const webBuildScript = JSON.parse(readFileSync(join(webDir, 'package.json'), 'utf8')).scripts?.build;
if (!webBuildScript || !existsSync(join(webDir, 'index.html'))) {
  say('the web app has no sources to build yet; the API will say so at /');
} else if (!existsSync(webIndex) || statSync(webIndex).mtimeMs < newestMtime(webSources)) {
  say('building the web app (vite)…');
  // npm sets npm_execpath when this runs as `npm start`; otherwise fall back to npm on the PATH.
  if (env.npm_execpath) run('web build', process.execPath, [env.npm_execpath, 'run', 'build', '--workspace', 'web']);
  else run('web build', 'npm', ['run', 'build', '--workspace', 'web']);
}
say(`build up to date in ${((Date.now() - started) / 1000).toFixed(1)} s`);

// ---------- first start: plan the demo seed ----------

mkdirSync(dataDir, { recursive: true });
const planPath = join(dataDir, 'demo-seed.json');
const readPlan = () => (existsSync(planPath) ? JSON.parse(readFileSync(planPath, 'utf8')) : undefined);
const writePlan = (plan) => {
  // Written atomically and private: while seeding it may hold the generated admin password.
  writeFileSync(`${planPath}.tmp`, `${JSON.stringify(plan, null, 2)}\n`, { mode: 0o600 });
  renameSync(`${planPath}.tmp`, planPath);
};

function strongPassword() {
  for (;;) {
    const candidate = randomBytes(18).toString('base64url');
    if (/[a-z]/.test(candidate) && /[A-Z]/.test(candidate) && /\d/.test(candidate)) return candidate;
  }
}

let plan = readPlan();
const resuming = plan?.status === 'seeding';
const databaseIsNew = !existsSync(join(dataDir, 'app.sqlite')) && !env.DATABASE_URL;
if (!plan && seedDemo && databaseIsNew) {
  // The period end is fixed here so that an interrupted seed re-runs with the same deterministic event ids.
  const endMs = Math.floor(Date.now() / 3_600_000) * 3_600_000;
  plan = {
    status: 'seeding',
    email: adminEmail,
    end: new Date(endMs).toISOString(),
    days: demoDays,
    events: demoEvents,
    seed: 1,
    ...(env.CHECKMARK_ADMIN_PASSWORD ? {} : { generatedPassword: strongPassword() }),
  };
  writePlan(plan);
}
const seeding = plan?.status === 'seeding';
if (plan && plan.status !== 'seeding' && plan.status !== 'done')
  fail(`${planPath} is not a demo seed plan; remove it to continue`, 2);
if (seeding && !plan.generatedPassword && !env.CHECKMARK_ADMIN_PASSWORD) {
  fail(
    `the demo seed in ${dataDir} was interrupted; set CHECKMARK_ADMIN_PASSWORD to the admin password used before to finish it`,
    2,
  );
}
const adminPassword = env.CHECKMARK_ADMIN_PASSWORD || (seeding ? plan.generatedPassword : undefined);

// ---------- run the product ----------

const serverEnv = {
  ...env,
  PORT: String(port),
  DATA_DIR: dataDir,
  CHECKMARK_ADMIN_EMAIL: seeding ? plan.email : adminEmail,
  ...(adminPassword ? { CHECKMARK_ADMIN_PASSWORD: adminPassword } : {}),
};
// Own process groups: a terminal's Ctrl-C reaches only this launcher, which forwards exactly one signal (a second
// SIGINT would cut the server's graceful drain short). parent-watch stops them if this launcher dies abruptly.
const parentWatch = ['--require', join(root, 'tools/parent-watch.cjs')];
const server = spawn(process.execPath, [...parentWatch, '--enable-source-maps', join(root, 'api/dist/main.js')], {
  cwd: root,
  env: serverEnv,
  stdio: ['pipe', 'inherit', 'inherit'],
  detached: true,
});
let seeder;
let stopping = false;
const serverExit = new Promise((resolveExit) => server.on('exit', (code, signal) => resolveExit({ code, signal })));

serverExit.then(({ code, signal }) => {
  seeder?.kill('SIGTERM');
  if (!stopping) process.stderr.write(`checkmark: the server stopped unexpectedly (exit ${code ?? signal})\n`);
  process.exit(code ?? (signal ? 1 : 0));
});
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    if (stopping) {
      // A second Ctrl-C: stop waiting for the graceful drain.
      seeder?.kill('SIGKILL');
      server.kill('SIGKILL');
      return;
    }
    stopping = true;
    say('stopping…');
    seeder?.kill('SIGTERM');
    server.kill(signal === 'SIGHUP' ? 'SIGTERM' : signal);
  });
}
// If this launcher dies by an error, do not leave the server running on its own.
process.on('exit', () => {
  if (server.exitCode === null && server.signalCode === null) server.kill('SIGTERM');
});

const baseUrl = `http://127.0.0.1:${port}`;
async function waitUntilHealthy() {
  for (;;) {
    if (stopping) return false;
    try {
      const response = await fetch(`${baseUrl}/healthz`, { signal: AbortSignal.timeout(2000) });
      await response.arrayBuffer();
      if (response.ok) return true;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}

function runSeeder() {
  const what = `${plan.days} days, ${plan.events.toLocaleString('en')} events`;
  say(resuming ? `resuming the interrupted demo load (${what})…` : `first start: loading the demo (${what})…`);
  const args = [
    ...parentWatch,
    '--enable-source-maps',
    join(root, 'ingest/dist/demo/seed-demo.js'),
    '--url',
    baseUrl,
    '--email',
    plan.email,
    '--days',
    String(plan.days),
    '--events',
    String(plan.events),
    '--end',
    plan.end,
    '--seed',
    String(plan.seed),
  ];
  // The password travels in the environment, never on the command line (process lists show arguments).
  seeder = spawn(process.execPath, args, {
    cwd: root,
    env: { ...env, CHECKMARK_ADMIN_PASSWORD: adminPassword },
    stdio: ['pipe', 'pipe', 'inherit'],
    detached: true,
  });
  let out = '';
  seeder.stdout.on('data', (chunk) => (out += chunk));
  return new Promise((resolveSeed) =>
    seeder.on('exit', (code, signal) => {
      seeder = undefined;
      resolveSeed({ code, signal, summary: out.trim().split('\n').pop() });
    }),
  );
}

async function main() {
  if (!(await waitUntilHealthy())) return;
  if (seeding) {
    const result = await runSeeder();
    if (stopping) return;
    if (result.code !== 0) {
      process.stderr.write(
        `checkmark: loading the demo failed (exit ${result.code ?? result.signal}); run npm start again to resume it, or start with SEED_DEMO=false\n`,
      );
      stopping = true;
      server.kill('SIGTERM');
      await serverExit;
      process.exit(1);
    }
    const summary = JSON.parse(result.summary);
    const { generatedPassword: _secret, ...rest } = plan;
    writePlan({
      ...rest,
      status: 'done',
      completedAt: new Date().toISOString(),
      loaded: summary.events,
      created: summary.created,
    });
    say(
      `demo loaded: ${summary.events.accepted.toLocaleString('en')} events in ${(summary.elapsedMs / 1000).toFixed(1)} s`,
    );
    process.stdout.write(
      [
        '',
        '  Log in to the dashboard as the demo admin:',
        `    e-mail:   ${plan.email}`,
        `    password: ${plan.generatedPassword ?? '(the value of CHECKMARK_ADMIN_PASSWORD)'}`,
        ...(plan.generatedPassword
          ? ['  This password is shown only once: store it, or change it after logging in.']
          : []),
        '',
      ].join('\n') + '\n',
    );
  }
  say(`ready at http://localhost:${port}`);
}

main().catch((error) => {
  process.stderr.write(`checkmark: ${error instanceof Error ? (error.stack ?? error.message) : error}\n`);
  stopping = true;
  server.kill('SIGTERM');
  process.exitCode = 1;
});
