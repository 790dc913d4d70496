import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { artifactPath, pageGraphql } from './helpers/browser';
import { SEEDED_PRODUCT_START_TIMEOUT_MS, startSeededProduct, type SeededProduct } from './helpers/seeded-product';
import { waitFor } from './helpers/wait-for';

// Compliance → Contacts, Rules and Reports as a compliance officer's administrator uses them on the seeded demo: a
// contact who opted out is looked up and its ledger shows the opt-out with its evidence; a content category is
// switched off and saved as a new revision; the report of the demo period is downloaded as a PDF.
const ADMIN_EMAIL = 'e2e-compliance-contacts@example.com';
const ADMIN_PASSWORD = 'E2e-Compliance-Contacts-2026';

let seeded: SeededProduct | undefined;
let baseUrl: string;
let page: Page;

const shot = (name: string) =>
  page.screenshot({ path: artifactPath('compliance-contacts', `${name}.png`), fullPage: true });

/** A GraphQL call made by the logged-in page (its session cookie). */
const gql = <T>(query: string, variables: Record<string, unknown> = {}) => pageGraphql<T>(page, query, variables);

beforeAll(async () => {
  seeded = await startSeededProduct({
    name: 'compliance-contacts',
    adminEmail: ADMIN_EMAIL,
    adminPassword: ADMIN_PASSWORD,
  });
  ({ url: baseUrl, page } = seeded);
}, SEEDED_PRODUCT_START_TIMEOUT_MS + 60_000);

afterAll(async () => {
  await seeded?.close();
});

describe('Compliance contacts, rules and reports in a real browser', () => {
  it("looks up a contact who opted out and shows the ledger with the opt-out's evidence", async () => {
    await page.goto(`${baseUrl}/compliance/contacts?days=90`);
    await page.waitForURL(/\/login\?next=/);
    await page.getByLabel('E-mail').fill(ADMIN_EMAIL);
    await page.getByLabel('Password').fill(ADMIN_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(/\/compliance\/contacts/);
    await page.getByRole('link', { name: 'Contacts and consent' }).waitFor();

    // The demo's opt-outs of the last 90 days; each has a contact whose ledger holds at least that opt-out.
    const today = new Date().toISOString().slice(0, 10);
    const from = new Date(Date.now() - 89 * 86_400_000).toISOString().slice(0, 10);
    const { optOutHonouring } = await gql<{
      optOutHonouring: { rows: { nodes: Array<{ contactId: string; channel: string; method: string }> } };
    }>(
      `query($filter: AnalyticsFilter!) { optOutHonouring(filter: $filter, page: { first: 50 }) {
         rows { nodes { contactId channel method } } } }`,
      { filter: { from, to: today } },
    );
    // A keyword STOP (its wording) or an unsubscribe button (its URL) carries evidence.
    const optOut = optOutHonouring.rows.nodes.find((n) => n.method === 'keyword' || n.method === 'button');
    if (!optOut) throw new Error('the demo has no keyword or button opt-out in the last 90 days');

    await page.getByLabel('Phone number, e-mail or contact id').fill(optOut.contactId);
    await page.getByRole('button', { name: 'Show consent' }).click();
    const ledger = page.getByTestId('contact-ledger');
    await ledger.waitFor();
    await ledger.getByText(`Contact ${optOut.contactId}`).waitFor();
    const entries = ledger.getByRole('table', { name: /Opt-ins and opt-outs, oldest first/ });
    const rows = entries.locator('tbody tr');
    await waitFor(
      () => rows.count(),
      (n) => n > 0,
      { what: "the contact's ledger entries" },
    );
    const texts = await rows.allTextContents();
    const optOutRows = texts.filter((text) => text.includes('Opt-out'));
    expect(optOutRows.length).toBeGreaterThan(0);
    // An administrator sees the evidence: wording in quotes, a URL or who captured it.
    expect(optOutRows.some((text) => /“.+”|https?:\/\/|captured by/.test(text))).toBe(true);
    // States per channel and purpose, now and at the chosen instant.
    const states = ledger.getByRole('table', { name: 'Consent per channel and purpose' });
    expect(await states.locator('tbody tr').count()).toBeGreaterThan(0);
    await shot('01-contact-ledger');
  });

  it('checks a consent file first, listing the rejected row, then imports the rest', async () => {
    const csv = [
      'contact,channel,purpose,action,occurredAt,method,evidenceText',
      '+48601234567,whatsapp,marketing,opt_in,2026-01-10T09:30:00Z,web_form,Yes please send me offers',
      '+48601234568,pigeon,marketing,opt_in,2026-01-10T09:31:00Z,web_form,',
    ].join('\n');
    await page
      .getByLabel('File')
      .setInputFiles({ name: 'consents.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByRole('button', { name: 'Check file (dry run)' }).click();
    const outcome = page.getByTestId('import-outcome');
    await outcome
      .getByText('Checked 2 rows: 1 would be imported, 1 are rejected. Nothing has been stored yet.')
      .waitFor();
    const errors = page.getByRole('table', { name: /Rejected rows/ }).locator('tbody tr');
    expect(await errors.count()).toBe(1);
    expect(await errors.first().textContent()).toMatch(/^2channel/);
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await outcome.getByText('Imported: 2 rows read, 1 stored, 1 rejected.').waitFor();
  });

  it('imports a product catalog after a check, lists its items and finds the prohibited one', async () => {
    await page.getByRole('link', { name: 'Catalog', exact: true }).click();
    await page.waitForURL(/\/compliance\/catalog/);
    // The page is loaded on first use: act once it is there, not on the previous page's file field.
    await page.getByRole('heading', { name: 'Import the product catalog' }).waitFor();
    const csv = [
      'itemId,title,description,url',
      'e2e-dress,Wine-coloured summer dress,Light cotton dress,https://shop.example/dress',
      'e2e-pistol,Compact handgun,9 mm handgun with two magazines,https://shop.example/p',
      ',Untitled,,',
    ].join('\n');
    await page
      .getByLabel('File')
      .setInputFiles({ name: 'catalog.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByRole('button', { name: 'Check file (dry run)' }).click();
    const outcome = page.getByTestId('import-outcome');
    await outcome
      .getByText(
        'Checked 3 rows: 2 new, 0 changed, 0 unchanged and 0 removed items; 1 rows rejected. Nothing has been stored yet.',
      )
      .waitFor();
    const errors = page.getByRole('table', { name: /Rejected rows/ }).locator('tbody tr');
    expect(await errors.count()).toBe(1);
    expect(await errors.first().textContent()).toMatch(/^3itemIdREQUIRED/);
    // Nothing stored by the check.
    const items = page.getByRole('region', { name: 'Catalog items', exact: true }).first().locator('tbody tr');
    await page.getByText('No catalog items.').waitFor();

    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await outcome.getByText(/^Imported 3 rows: 2 new, 0 changed/).waitFor();
    await page.reload();
    await waitFor(
      () => items.count(),
      (n) => n === 2,
      { what: 'the two imported items' },
    );
    expect(await items.first().textContent()).toContain('Wine-coloured summer dress');

    // Detection checks the changed catalog at once: the handgun is prohibited content, the dress is not.
    type Violations = { complianceViolations: { nodes: Array<{ kind: string; evidence: { itemId?: string } }> } };
    const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
    const found = await waitFor(
      async () =>
        (
          await gql<Violations>(
            `query($filter: ViolationFilter!) { complianceViolations(filter: $filter, page: { first: 100 }) {
              nodes { kind evidence } } }`,
            { filter: { from: day(-1), to: day(1), kinds: ['PROHIBITED_CONTENT'] } },
          )
        ).complianceViolations.nodes
          .map((v) => v.evidence.itemId)
          .filter((id): id is string => !!id),
      (ids) => ids.includes('e2e-pistol'),
      { what: 'a violation for the catalog handgun', timeoutMs: 60_000 },
    );
    expect(found).not.toContain('e2e-dress');
    await shot('02-catalog');
  });

  it('switches a content category off and saves it as a new revision that stays after a reload', async () => {
    await page.getByRole('link', { name: 'Rules', exact: true }).click();
    await page.waitForURL(/\/compliance\/rules/);
    const revision = page.getByTestId('rules-revision');
    await revision.waitFor();
    expect(await revision.textContent()).toBe('The built-in defaults apply: these rules have never been changed.');
    const alcohol = page.locator('[data-category="alcohol"]');
    await alcohol.locator('summary').click();
    const check = alcohol.getByRole('checkbox', { name: 'Check Alcohol' });
    expect(await check.isChecked()).toBe(true);
    await check.uncheck();
    await page.getByRole('button', { name: 'Save and re-detect' }).click();
    await page.getByText('Saved.').waitFor();
    await waitFor(
      async () => (await revision.textContent()) ?? '',
      (text) => text.startsWith('Revision 1, saved'),
      { what: 'the saved revision' },
    );
    await page.reload();
    await page.getByTestId('rules-revision').waitFor();
    expect(await page.getByTestId('rules-revision').textContent()).toMatch(/^Revision 1, saved .* by /);
    const reloaded = page.locator('[data-category="alcohol"]');
    await reloaded.locator('summary').click();
    expect(await reloaded.getByRole('checkbox', { name: 'Check Alcohol' }).isChecked()).toBe(false);
    await shot('03-rules-saved');
  });

  it("downloads the period's report as a PDF naming the period", async () => {
    const to = new Date().toISOString().slice(0, 10);
    const from = new Date(Date.now() - 13 * 86_400_000).toISOString().slice(0, 10);
    await page.goto(`${baseUrl}/compliance/reports?from=${from}&to=${to}`);
    const report = page.getByTestId('compliance-report');
    await report.waitFor({ timeout: 60_000 });
    await report.locator('[data-figure="period"]').getByText(`${from} – ${to}`).waitFor();
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download PDF' }).click(),
    ]);
    expect(file.suggestedFilename()).toBe(`compliance-report_${from}_${to}_en.pdf`);
    const path = artifactPath('compliance-contacts', file.suggestedFilename());
    await file.saveAs(path);
    expect(readFileSync(path).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
    expect(text).toContain('Compliance report');
    expect(text).toContain(`${from} – ${to}`);
    await shot('04-report');
  });
});
