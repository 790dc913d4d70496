// Writes docs/platform-errors.md from the compiled platform error catalog (run after building schemas).
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { renderPlatformErrorsDoc } = createRequire(import.meta.url)(join(root, 'schemas/dist/platform-errors/index.js'));
writeFileSync(join(root, 'docs/platform-errors.md'), renderPlatformErrorsDoc());
console.log('wrote docs/platform-errors.md');
