import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderPdfReport } from './pdf-report.renderer';
import type { ReportDocument } from './report-document';

/** Reads the PDF back with poppler's pdftotext, an independent parser, page by page. */
function pdfPages(pdf: Buffer): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'checkmark-pdf-'));
  try {
    const file = join(dir, 'report.pdf');
    writeFileSync(file, pdf);
    return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' })
      .split('\f')
      .filter((page, i, all) => i < all.length - 1 || page.trim() !== '');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function report(rows: number): ReportDocument {
  return {
    title: 'Compliance report',
    subtitle: 'Sklep Żabka — październik 2026',
    meta: [
      { label: 'Period', value: '2026-10-01 – 2026-10-31 (Europe/Warsaw)' },
      { label: 'Rule versions', value: 'NO_CONSENT@1, FREQUENCY_CAP@1+s3' },
    ],
    footer: 'Checkmark · Acme',
    pageLabel: 'Page {page} of {pages}',
    generatedAt: new Date('2026-11-01T08:00:00Z'),
    sections: [
      {
        heading: 'Opt-in coverage',
        blocks: [
          {
            kind: 'figures',
            items: [
              { label: 'Business-initiated', value: '12,345' },
              { label: 'Covered', value: '98.7 %', note: 'valid consent at send time' },
            ],
          },
          { kind: 'paragraph', text: 'Сообщения без согласия: 3. Повідомлення після відмови: 1. Mensagens: ção.' },
          {
            kind: 'bars',
            items: [
              { label: 'NO_CONSENT', value: 30, display: '30' },
              { label: 'QUIET_HOURS', value: 5, display: '5' },
            ],
            emptyText: 'No violations',
          },
        ],
      },
      {
        heading: 'Violations',
        blocks: [
          {
            kind: 'table',
            columns: [{ header: 'Row' }, { header: 'Kind', weight: 2 }, { header: 'Count', align: 'right' }],
            rows: Array.from({ length: rows }, (_, i) => [`row-${i + 1}`, i % 2 ? 'AFTER_OPT_OUT' : 'Żółć', `${i}`]),
            emptyText: 'No violations in this period',
          },
        ],
      },
    ],
  };
}

describe('renderPdfReport', () => {
  it('renders Polish, Russian, Ukrainian and Portuguese text that a PDF reader extracts as written', async () => {
    const pdf = await renderPdfReport(report(3));
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = pdfPages(pdf).join('\n');
    expect(text).toContain('Sklep Żabka — październik 2026');
    expect(text).toContain('Сообщения без согласия: 3.');
    expect(text).toContain('Повідомлення після відмови: 1.');
    expect(text).toContain('ção');
    expect(text).toContain('98.7 %');
    expect(text).toMatch(/NO_CONSENT\s+30/);
  });

  it('breaks a long table across pages, repeating its header, and numbers every page', async () => {
    const pages = pdfPages(await renderPdfReport(report(400)));
    expect(pages.length).toBeGreaterThan(3);
    pages.forEach((page, i) => expect(page).toContain(`Page ${i + 1} of ${pages.length}`));
    const all = pages.join('\n');
    for (const n of [1, 137, 400]) expect(all).toMatch(new RegExp(`row-${n}\\s`));
    // Every page after the first that holds table rows starts them under the header.
    for (const page of pages.slice(2)) expect(page).toMatch(/Row\s+Kind\s+Count/);
  });

  it('states an empty table instead of drawing an empty grid', async () => {
    const text = pdfPages(await renderPdfReport(report(0))).join('\n');
    expect(text).toContain('No violations in this period');
    expect(text).not.toMatch(/Row\s+Kind\s+Count/);
  });
});
