import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { artifactPath } from './helpers/browser';
import { SEEDED_PRODUCT_START_TIMEOUT_MS, startSeededProduct, type SeededProduct } from './helpers/seeded-product';
import { waitFor } from './helpers/wait-for';

// The Campaigns page as a marketer uses it: the launcher seeds a small demo tenant, a real Chromium logs in, finds
// the campaign that brings conversions cheapest, switches the attribution model, drills from a bar into the
// conversions behind it, exports them, and changes the attribution window in Settings → Marketing.
const ADMIN_EMAIL = 'e2e-campaigns@example.com';
const ADMIN_PASSWORD = 'E2e-Campaigns-Pass-2026';

let seeded: SeededProduct | undefined;
let baseUrl: string;
let page: Page;

const shot = (name: string) => page.screenshot({ path: artifactPath('campaigns', `${name}.png`), fullPage: true });
const comparison = () => page.getByRole('region', { name: 'Campaign comparison', exact: true });
const tableRows = () => comparison().locator('tbody tr');
/** The figures of a table row by column header. */
async function rowFigures(index: number): Promise<Record<string, string>> {
  const headers = (await comparison().locator('thead th').allTextContents()).map((h) => h.replace(/[▲▼↕]/g, '').trim());
  const cells = await tableRows().nth(index).locator('td').allTextContents();
  return Object.fromEntries(headers.map((h, i) => [h, cells[i]]));
}
const count = (text: string | null | undefined) => Number((text ?? '').replace(/\D/g, ''));

beforeAll(async () => {
  seeded = await startSeededProduct({ name: 'campaigns', adminEmail: ADMIN_EMAIL, adminPassword: ADMIN_PASSWORD });
  ({ url: baseUrl, page } = seeded);
}, SEEDED_PRODUCT_START_TIMEOUT_MS + 60_000);

afterAll(async () => {
  await seeded?.close();
});

describe('Campaigns page in a real browser', () => {
  it('logs in straight to the Campaigns page', async () => {
    await page.goto(`${baseUrl}/campaigns`);
    await page.waitForURL(/\/login\?next=%2Fcampaigns/);
    await page.getByLabel('E-mail').fill(ADMIN_EMAIL);
    await page.getByLabel('Password').fill(ADMIN_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(/\/campaigns$/);
    await page.getByRole('heading', { level: 1, name: 'Campaigns & attribution' }).waitFor();
  });

  it('answers which campaign brings conversions cheapest at a glance', async () => {
    const conversions = page.locator('[data-metric="conversions"] .kpi-value');
    await conversions.waitFor();
    expect(count(await conversions.textContent())).toBeGreaterThan(0);
    // Money in the reporting currency, formatted as currency.
    expect(await page.locator('[data-metric="revenue"] .kpi-value').textContent()).toMatch(/€/);
    await page.locator('[data-metric="costPerConversion"]').getByText('How is this computed?').click();
    await page
      .locator('[data-metric="costPerConversion"]')
      .getByText(/Last touch, window \d+ days/)
      .waitFor();

    await waitFor(
      () => tableRows().count(),
      (n) => n > 1,
      { what: 'a comparison row per campaign' },
    );
    // The default order: cost per conversion ascending, and the first paid row with conversions is marked.
    expect(
      await comparison()
        .getByRole('columnheader', { name: /Cost per conversion/ })
        .getAttribute('aria-sort'),
    ).toBe('ascending');
    const cheapest = comparison().locator('tbody tr.row-leader');
    await cheapest.getByText('Cheapest').waitFor();
    const classes: Array<string | null> = [];
    for (const tr of await tableRows().all()) classes.push(await tr.getAttribute('class'));
    const index = classes.indexOf('row-leader');
    const figures = await rowFigures(index);
    expect(count(figures.Conversions)).toBeGreaterThan(0);
    expect(figures.Spend).toMatch(/€/);
    // Every paid row with conversions listed below it costs at least as much per conversion.
    const costs: number[] = [];
    for (let i = 0; i < (await tableRows().count()); i++) {
      const row = await rowFigures(i);
      const value = Number(row['Cost per conversion'].replace(/[^\d.]/g, ''));
      if (count(row.Conversions) > 0 && row['Cost per conversion'] !== '—' && row.Spend !== '—' && value > 0)
        costs.push(value);
    }
    expect(costs[0]).toBe(Number(figures['Cost per conversion'].replace(/[^\d.]/g, '')));
    expect([...costs].sort((a, b) => a - b)).toEqual(costs);
    await page.getByTestId('cost-per-conversion-chart').locator('.recharts-bar-rectangle').first().waitFor();
    await shot('01-campaigns');
  });

  it('switches the attribution model and keeps it in the URL', async () => {
    await page.getByRole('button', { name: 'First touch' }).click();
    await page.waitForURL(/[?&]model=first-touch/);
    await waitFor(
      () => page.getByRole('button', { name: 'First touch' }).getAttribute('aria-pressed'),
      (pressed) => pressed === 'true',
      { what: 'the first-touch button to be pressed' },
    );
    await page.locator('[data-metric="conversions"]').getByText('How is this computed?').click();
    await page
      .locator('[data-metric="conversions"]')
      .getByText(/^Conversions .* First touch:/)
      .waitFor();
    await waitFor(
      () => tableRows().count(),
      (n) => n > 1,
      { what: 'the comparison under first touch' },
    );
    await shot('02-first-touch');
  });

  it('drills down from a cost bar into the conversions of that campaign, restored after a reload', async () => {
    const bar = page.getByTestId('cost-per-conversion-chart').locator('.recharts-bar-rectangle').first();
    await bar.click();
    await page.waitForURL(/[?&]drill=conversions/);
    const panel = page.getByTestId('conversions-panel');
    const title = await panel.getByRole('heading', { level: 2 }).textContent();
    const campaign = /^Conversions: (.+)$/.exec(title ?? '')?.[1];
    expect(campaign).toBeTruthy();
    const rows = panel.locator('tbody tr');
    await waitFor(
      () => rows.count(),
      (n) => n > 0,
      { what: 'the drilled-down conversions' },
    );
    // Every conversion listed was credited to the bar's campaign.
    const headers = await panel.locator('thead th').allTextContents();
    const campaignColumn = headers.indexOf('Campaign');
    for (const cell of await rows.locator(`td:nth-child(${campaignColumn + 1})`).allTextContents())
      expect(cell).toBe(campaign);
    expect(await panel.locator('.pager').textContent()).toMatch(/\d+ of \d+/);
    await shot('03-drill-down');

    await page.reload();
    await page
      .getByTestId('conversions-panel')
      .getByRole('heading', { level: 2, name: `Conversions: ${campaign}` })
      .waitFor();
    expect(page.url()).toMatch(/model=first-touch/);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('conversions-panel').getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('campaign-conversions.csv');
    const path = artifactPath('campaigns', 'campaign-conversions.csv');
    await download.saveAs(path);
    const csv = readFileSync(path, 'utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).split('\r\n').filter(Boolean);
    expect(lines[0].split(',')).toEqual([
      'Converted at',
      'Kind',
      'Campaign',
      'Source',
      'Channel',
      'Credited touch at',
      'Contact (pseudonym)',
      'Value',
      'Currency',
      'Value (EUR)',
      'Order id',
    ]);
    const shown = await page.getByTestId('conversions-panel').locator('tbody tr').count();
    expect(lines.length - 1).toBe(shown);
    const keys = new Set(lines.slice(1).map((line) => line.split(',')[2]));
    // One campaign, by its key, never organic.
    expect(keys.size).toBe(1);
    expect(keys.has('organic')).toBe(false);
    for (const line of lines.slice(1)) expect(line.split(',')[0]).toMatch(/^\d{4}-\d{2}-\d{2}T/);

    await page.getByTestId('conversions-panel').getByRole('button', { name: 'Close' }).click();
    await page.waitForURL((url) => !url.search.includes('drill='));
  });

  it('fits a tablet screen: the page does not scroll sideways, wide tables scroll inside their region', async () => {
    await page.setViewportSize({ width: 820, height: 1180 });
    await page.goto(`${baseUrl}/campaigns`);
    await waitFor(
      () => tableRows().count(),
      (n) => n > 1,
      { what: 'the comparison on a tablet' },
    );
    const overflow = Number(
      await page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth'),
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await shot('05-tablet');
    await page.setViewportSize({ width: 1366, height: 900 });
  });

  it('changes the attribution window in Settings → Marketing, saved and audited', async () => {
    await page.goto(`${baseUrl}/settings/marketing`);
    const windowDays = page.getByLabel('Attribution window (days)');
    await windowDays.waitFor();
    const before = await windowDays.inputValue();
    const next = before === '10' ? '11' : '10';

    // A value out of range is refused next to the field, and nothing is sent.
    await windowDays.fill('120');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Enter a whole number of days from 1 to 90.').waitFor();
    expect(await windowDays.getAttribute('aria-invalid')).toBe('true');

    await windowDays.fill(next);
    const [response] = await Promise.all([
      page.waitForResponse(
        (r) => r.url().endsWith('/graphql') && (r.request().postData() ?? '').includes('UpdateMarketingSettings'),
      ),
      page.getByRole('button', { name: 'Save' }).click(),
    ]);
    const body = (await response.json()) as {
      data?: { updateMarketingSettings: { attributionWindowDays: number } };
    };
    expect(body.data?.updateMarketingSettings.attributionWindowDays).toBe(Number(next));
    await page.getByText('Saved.').waitFor();
    await shot('04-marketing-settings');

    const audit = await page.request.post(`${baseUrl}/graphql`, {
      headers: { 'content-type': 'application/json' },
      data: {
        query: 'query { auditLog(entityType: "marketing_settings") { nodes { action actorLabel before after } } }',
      },
    });
    const log = (await audit.json()) as {
      data: { auditLog: { nodes: Array<{ actorLabel: string; after: { attributionWindowDays?: number } | null }> } };
    };
    const entry = log.data.auditLog.nodes[0];
    expect(entry.actorLabel).toBe(ADMIN_EMAIL);
    expect(entry.after?.attributionWindowDays).toBe(Number(next));

    // The Campaigns page computes with the new window.
    await page.goto(`${baseUrl}/campaigns`);
    await page.getByText(`Attribution window: ${next} days (Settings → Marketing).`).waitFor();
  });
});
