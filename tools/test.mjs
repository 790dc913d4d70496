// `npm test`: type-check and build, lint, then every Jest tier (unit, integration, e2e) against real engines.
// Extra arguments go to Jest, e.g. `npm test -- --selectProjects unit`.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (pkg, file) => join(root, 'node_modules', pkg, file);
const step = (title, args) => {
  console.log(`\n== ${title}`);
  const r = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`== ${title} failed`);
    process.exit(r.status ?? 1);
  }
};

step('build (tsc -b)', [bin('typescript', 'bin/tsc'), '-b', 'tsconfig.build.json']);
step('copy migrations', [join(root, 'tools/copy-sql.mjs')]);
step('type-check tests', [bin('typescript', 'bin/tsc'), '-p', 'tsconfig.json']);
// The Nx module-boundary lint rule reads the cached project graph; compute it first.
step('project graph', [bin('nx', 'dist/bin/nx.js'), 'show', 'projects']);
step('lint', [bin('eslint', 'bin/eslint.js'), '--max-warnings=0', '.']);
step('jest', [bin('jest', 'bin/jest.js'), '--ci', ...process.argv.slice(2)]);
