// `npm test`: build (API, ingest, web), lint, then every Jest tier (unit, integration, e2e) against real engines;
// the tests also check that api/schema.graphql and the web's generated GraphQL types are current. With
// CHECKMARK_TEST_POSTGRES_URL set, the API integration suites run a second time on PostgreSQL. Extra arguments go to
// the first Jest run only, e.g. `npm test -- --selectProjects unit`.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (pkg, file) => join(root, 'node_modules', pkg, file);
const timings = [];
const step = (title, args, env = process.env) => {
  console.log(`\n== ${title}`);
  const started = Date.now();
  const r = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit', env });
  timings.push([title, Date.now() - started]);
  if (r.status !== 0) {
    console.error(`== ${title} failed`);
    printTimings();
    process.exit(r.status ?? 1);
  }
};
function printTimings() {
  console.log('\n== timings');
  for (const [title, ms] of timings) console.log(`${(ms / 1000).toFixed(1).padStart(8)} s  ${title}`);
}

const { CHECKMARK_TEST_POSTGRES_URL: postgresUrl, ...sqliteEnv } = process.env;
const jestArgs = process.argv.slice(2);
// npm sets npm_execpath for `npm test`; run directly, npm sits next to node.
const npm = process.env.npm_execpath ?? join(dirname(process.execPath), '../lib/node_modules/npm/bin/npm-cli.js');
const npmRun = (...args) => [npm, ...args];

step('build (tsc -b)', [bin('typescript', 'bin/tsc'), '-b', 'tsconfig.build.json']);
step('copy migrations', [join(root, 'tools/copy-sql.mjs')]);
step('web build (tsc + vite)', npmRun('run', 'build', '--workspace', 'web'));
step('type-check tests', [bin('typescript', 'bin/tsc'), '-p', 'tsconfig.json']);
// The Nx module-boundary lint rule reads the cached project graph; compute it first.
step('project graph', [bin('nx', 'dist/bin/nx.js'), 'show', 'projects']);
step('lint', [bin('eslint', 'bin/eslint.js'), '--max-warnings=0', '.']);
step('format (prettier --check)', [
  bin('prettier', 'bin/prettier.cjs'),
  '--check',
  '--log-level=warn',
  '**/*.{ts,tsx,js,mjs,cjs,json}',
]);
step('jest (SQLite)', [bin('jest', 'bin/jest.js'), '--ci', ...jestArgs], sqliteEnv);
if (postgresUrl && jestArgs.length === 0) {
  step(
    'jest: API integration suites on PostgreSQL',
    [bin('jest', 'bin/jest.js'), '--ci', 'api/src', '--selectProjects', 'integration'],
    {
      ...process.env,
      CHECKMARK_TEST_POSTGRES_URL: postgresUrl,
    },
  );
} else if (!postgresUrl) {
  console.log('\n== PostgreSQL pass skipped (set CHECKMARK_TEST_POSTGRES_URL, as .ci/run does, to run it)');
}
printTimings();
