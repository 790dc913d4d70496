import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { artifactPath } from './helpers/browser';
import { SEEDED_PRODUCT_START_TIMEOUT_MS, startSeededProduct, type SeededProduct } from './helpers/seeded-product';
import { waitFor } from './helpers/wait-for';

// The Compliance page as an officer uses it on the seeded demo (the simulator plants violations of every kind):
// the headline figures and the violations the detection found, a violation opened with the contact's consent at
// send time (checked against what detection recorded), a case acknowledged and then resolved with a comment (seen
// in the table and in the history), the list exported by the server, and the report downloaded as PDF.
const ADMIN_EMAIL = 'e2e-compliance@example.com';
const ADMIN_PASSWORD = 'E2e-Compliance-Pass-2026';

let seeded: SeededProduct | undefined;
let baseUrl: string;
let page: Page;

const shot = (name: string) => page.screenshot({ path: artifactPath('compliance', `${name}.png`), fullPage: true });
const count = (text: string | null | undefined) => Number((text ?? '').replace(/\D/g, ''));
const table = () => page.getByTestId('violations-table');
const panel = () => page.getByTestId('violation-panel');
/** The value detection recorded under an evidence field of the open violation. */
const evidence = (key: string) =>
  panel()
    .getByTestId('violation-evidence')
    .locator('dt', { hasText: new RegExp(`^${key}$`) })
    .locator('xpath=following-sibling::dd[1]');

beforeAll(async () => {
  seeded = await startSeededProduct({ name: 'compliance', adminEmail: ADMIN_EMAIL, adminPassword: ADMIN_PASSWORD });
  ({ url: baseUrl, page } = seeded);
}, SEEDED_PRODUCT_START_TIMEOUT_MS + 60_000);

afterAll(async () => {
  await seeded?.close();
});

describe('Compliance page in a real browser', () => {
  it('shows the figures and the violations detection found in the demo', async () => {
    await page.goto(`${baseUrl}/compliance?kind=NO_CONSENT`);
    await page.waitForURL(/\/login\?next=/);
    await page.getByLabel('E-mail').fill(ADMIN_EMAIL);
    await page.getByLabel('Password').fill(ADMIN_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(/\/compliance\?kind=NO_CONSENT$/);
    await page.getByRole('heading', { level: 1, name: 'Compliance' }).waitFor();
    await page
      .getByRole('navigation', { name: 'Compliance sections' })
      .getByRole('link', { name: 'Violations' })
      .waitFor();

    // Detection runs in the background after the seed: reload until it has found the planted violations.
    const total = page.locator('[data-metric="allViolations"] .kpi-value');
    await waitFor(
      async () => {
        await page.reload();
        await total.waitFor();
        return count(await total.textContent());
      },
      (n) => n > 0,
      { what: 'violations detected in the demo', timeoutMs: 180_000, intervalMs: 5_000 },
    );
    expect(await page.locator('[data-metric="consentCoverage"] .kpi-value').textContent()).toMatch(/%$/);
    await page.locator('[data-metric="consentCoverage"]').getByText('How is this computed?').click();
    await page
      .locator('[data-metric="consentCoverage"]')
      .getByText(/had consent granted on the channel/)
      .waitFor();

    // The list is filtered by the kind in the URL, as the link of a compliance alert opens it.
    expect(await page.getByLabel('Kind', { exact: true }).inputValue()).toBe('NO_CONSENT');
    const rows = table().locator('tbody tr');
    await waitFor(
      () => rows.count(),
      (n) => n > 0,
      { what: 'no-consent violations in the table' },
    );
    for (const kind of await rows.locator('td:nth-child(3)').allTextContents()) expect(kind).toBe('No consent');
    const pager = (await table().locator('xpath=../..').locator('.pager').textContent()) ?? '';
    const listed = count(/ of ([\d,]+) · /.exec(pager)?.[1]);
    expect(listed).toBeGreaterThan(0);
    expect(listed).toBeLessThanOrEqual(count(await total.textContent()));
    await shot('01-violations');
  });

  it('opens a violation with the consent state at send time that detection saw', async () => {
    const row = table().locator('tbody tr').first();
    const id = await row.getAttribute('data-violation-id');
    await row.getByRole('button').first().click();
    await page.waitForURL((url) => url.searchParams.get('violation') === id);
    await panel().getByRole('heading', { level: 2, name: 'Violation: No consent' }).waitFor();
    const consent = panel().getByTestId('consent-at-send');
    const states = consent.locator('tbody tr');
    await waitFor(
      () => states.count(),
      (n) => n === 2,
      { what: 'marketing and service consent at send time' },
    );
    // The states the page reads from the ledger at the send instant are the ones detection recorded.
    const marketing = await consent.locator('tr[data-purpose="MARKETING"]').getAttribute('data-state');
    const service = await consent.locator('tr[data-purpose="SERVICE"]').getAttribute('data-state');
    expect((await evidence('marketingState').textContent())?.toUpperCase()).toBe(marketing);
    expect((await evidence('serviceState').textContent())?.toUpperCase()).toBe(service);
    const purpose = (await evidence('purpose').textContent())?.toUpperCase();
    expect(purpose === 'MARKETING' ? marketing : service).not.toBe('GRANTED');
    // The ledger around the send: the send placed among the contact's entries, or the note that it has none.
    await consent
      .getByText(/^(The message was sent|The contact has no opt-in or opt-out on this channel)/)
      .first()
      .waitFor();
    await shot('02-violation-consent');
  });

  it('acknowledges an open case, then resolves it with a comment, in the table and the history', async () => {
    // The demo's officer has handled the older consent cases; the newest of any kind are still open.
    await panel().getByRole('button', { name: 'Close' }).click();
    await page.waitForURL((url) => !url.searchParams.has('violation'));
    await page.getByLabel('Kind', { exact: true }).selectOption('');
    await page.waitForURL((url) => !url.searchParams.has('kind'));
    const openRow = table()
      .locator('tbody tr', { has: page.locator('[data-case-state="OPEN"]') })
      .first();
    await openRow.waitFor();
    const id = await openRow.getAttribute('data-violation-id');
    await openRow.getByRole('button').first().click();
    await page.waitForURL((url) => url.searchParams.get('violation') === id);
    const caseSection = page
      .locator(`[data-testid="violation-panel"][data-violation-id="${id}"]`)
      .getByTestId('case-section');
    const tableState = table().locator(`tr[data-violation-id="${id}"] [data-case-state]`);
    await caseSection.getByTestId('case-state').waitFor();
    expect(await caseSection.getByTestId('case-state').textContent()).toBe('Open');
    await caseSection.getByRole('button', { name: 'Acknowledge' }).click();
    await waitFor(
      () => caseSection.getByTestId('case-state').textContent(),
      (text) => text === 'Acknowledged',
      { what: 'the case acknowledged' },
    );
    await waitFor(
      () => tableState.textContent(),
      (text) => text === 'Acknowledged',
      { what: 'the table row acknowledged' },
    );
    const comment = `Consent record found in the CRM export, re-imported (${Date.now()})`;
    await caseSection.getByLabel('Comment', { exact: true }).fill(comment);
    await caseSection.getByRole('button', { name: 'Resolve' }).click();
    await waitFor(
      () => caseSection.getByTestId('case-state').textContent(),
      (text) => text === 'Resolved',
      { what: 'the case resolved' },
    );
    await waitFor(
      () => tableState.textContent(),
      (text) => text === 'Resolved',
      { what: 'the table row resolved' },
    );
    await caseSection.getByTestId('case-comments').getByText(comment).waitFor();
    // A resolved case can only be reopened.
    expect(await caseSection.locator('.form-actions button').allTextContents()).toEqual(['Reopen']);
    const history = caseSection.getByTestId('case-history').locator('li');
    await waitFor(
      () => history.allTextContents(),
      (items) =>
        items.some((t) => /Acknowledged\s*Open → Acknowledged/.test(t)) &&
        items.some((t) => /Resolved\s*Acknowledged → Resolved/.test(t)),
      { what: 'both transitions in the history' },
    );
    expect((await history.allTextContents()).every((t) => t.includes(ADMIN_EMAIL))).toBe(true);
    await shot('03-case-resolved');
  });

  it('downloads every matching violation from the server, and the report as PDF from the Reports tab', async () => {
    await panel().getByRole('button', { name: 'Close' }).click();
    await page.waitForURL((url) => !url.searchParams.has('violation'));
    const button = page.getByTestId('violations-csv').getByRole('button');
    const expected = count((await button.textContent())?.replace(/^\D*/, ''));
    const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
    expect(file.suggestedFilename()).toMatch(/\.csv$/);
    const csvPath = artifactPath('compliance', 'violations.csv');
    await file.saveAs(csvPath);
    const lines = readFileSync(csvPath, 'utf8')
      .replace(/^\uFEFF/, '')
      .split(/\r?\n/)
      .filter(Boolean);
    expect(lines).toHaveLength(expected + 1);

    // The report of the same period from the Reports tab, as an auditor receives it: a PDF rendered by the server.
    await page.getByRole('navigation', { name: 'Compliance sections' }).getByRole('link', { name: 'Reports' }).click();
    await page.waitForURL(/\/compliance\/reports/);
    const pdfButton = page.getByRole('button', { name: 'Download PDF' });
    const [pdfFile] = await Promise.all([page.waitForEvent('download'), pdfButton.click()]);
    expect(pdfFile.suggestedFilename()).toMatch(/\.pdf$/);
    const pdfPath = artifactPath('compliance', pdfFile.suggestedFilename());
    await pdfFile.saveAs(pdfPath);
    const pdf = readFileSync(pdfPath);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(1000);
  });
  it('saves the open cases as a shared view, loads it back and acknowledges all of them at once', async () => {
    await page.goto(`${baseUrl}/compliance?state=OPEN`);
    const views = page.getByTestId('saved-views');
    await views.getByRole('button', { name: 'Save these filters' }).click();
    await views.getByLabel('View name').fill('Open cases');
    await views.getByLabel('Share with the team').check();
    await views.getByRole('button', { name: 'Save', exact: true }).click();
    await waitFor(
      () => views.getByLabel('Saved view').inputValue(),
      (value) => value !== '',
      { what: 'the view saved and picked' },
    );
    await page.goto(`${baseUrl}/compliance`);
    const picker = page.getByTestId('saved-views').getByLabel('Saved view');
    await picker.locator('option', { hasText: 'Open cases' }).waitFor({ state: 'attached' });
    await picker.selectOption({ label: 'Open cases · shared' });
    await page.waitForURL((url) => url.searchParams.get('state') === 'OPEN');
    await waitFor(
      () => page.getByLabel('Case', { exact: true }).inputValue(),
      (value) => value === 'OPEN',
      { what: "the view's case state in the filters" },
    );

    const rows = table().locator('tbody tr');
    await waitFor(
      () => rows.count(),
      (n) => n > 0,
      { what: 'open cases' },
    );
    const select = page.getByRole('button', { name: /^Select (all|the) [\d,]+ matching$/ });
    const open = count(await select.textContent());
    await select.click();
    const bulk = page.getByTestId('bulk-actions');
    expect(await bulk.getByLabel('Action').inputValue()).toBe('ACKNOWLEDGE');
    await bulk.getByRole('button', { name: 'Apply' }).click();
    await waitFor(
      () => bulk.getByTestId('bulk-outcome').textContent(),
      (text) => text === `Changed ${open}, skipped 0.`,
      { what: 'every open case acknowledged' },
    );
    await page.getByText('No violation matches these filters.').waitFor();
    await shot('04-bulk-acknowledged');
  });
});
