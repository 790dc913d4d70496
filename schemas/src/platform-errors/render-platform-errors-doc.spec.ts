import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PLATFORM_ERROR_CATALOG } from './platform-error-catalog';
import { renderPlatformErrorsDoc } from './render-platform-errors-doc';

describe('platform errors document', () => {
  it('renders every catalog entry', () => {
    const doc = renderPlatformErrorsDoc();
    for (const entry of PLATFORM_ERROR_CATALOG) expect(doc).toContain(`### ${entry.code} — ${entry.title}\n`);
  });

  it('matches the committed docs/platform-errors.md (regenerate: build schemas, then node tools/generate-platform-errors-doc.mjs)', () => {
    const committed = readFileSync(join(__dirname, '../../../docs/platform-errors.md'), 'utf8');
    expect(committed).toBe(renderPlatformErrorsDoc());
  });
});
