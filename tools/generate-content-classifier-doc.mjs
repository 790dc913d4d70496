// Writes docs/content-classifier.md from the compiled classifier and its labelled set (run after building schemas),
// formatted with the repository's Prettier settings so `prettier --check` and the spec agree.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import prettier from 'prettier';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const target = join(root, 'docs/content-classifier.md');
const { renderContentClassifierDoc } = createRequire(import.meta.url)(
  join(root, 'schemas/dist/compliance/testing/render-content-classifier-doc.js'),
);
const options = { ...(await prettier.resolveConfig(target)), filepath: target };
writeFileSync(target, await prettier.format(renderContentClassifierDoc(), options));
console.log('wrote docs/content-classifier.md');
