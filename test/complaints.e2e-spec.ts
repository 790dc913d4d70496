import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { artifactPath } from './helpers/browser';
import { SEEDED_PRODUCT_START_TIMEOUT_MS, startSeededProduct, type SeededProduct } from './helpers/seeded-product';
import { waitFor } from './helpers/wait-for';

// The Complaints page as a compliance officer uses it: the launcher seeds a small demo tenant, a real Chromium logs
// in, reads the complaint rate and the spike days, opens the delivered messages of a day, exports them, and breaks
// the complaints down by campaign.
const ADMIN_EMAIL = 'e2e-complaints@example.com';
const ADMIN_PASSWORD = 'E2e-Complaints-Pass-2026';

let seeded: SeededProduct | undefined;
let baseUrl: string;
let page: Page;

const shot = (name: string) => page.screenshot({ path: artifactPath('complaints', `${name}.png`), fullPage: true });
const region = (name: string) => page.getByRole('region', { name, exact: true }).first();
const count = (text: string | null | undefined) => Number((text ?? '').replace(/\D/g, ''));
/** The lines of a downloaded CSV (BOM removed) after checking its file name. */
async function download(button: ReturnType<Page['getByRole']>, fileName: string): Promise<string[]> {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  expect(file.suggestedFilename()).toBe(fileName);
  const path = artifactPath('complaints', fileName);
  await file.saveAs(path);
  const csv = readFileSync(path, 'utf8');
  expect(csv.startsWith('\uFEFF')).toBe(true);
  return csv.slice(1).split('\r\n').filter(Boolean);
}

beforeAll(async () => {
  seeded = await startSeededProduct({ name: 'complaints', adminEmail: ADMIN_EMAIL, adminPassword: ADMIN_PASSWORD });
  ({ url: baseUrl, page } = seeded);
}, SEEDED_PRODUCT_START_TIMEOUT_MS + 60_000);

afterAll(async () => {
  await seeded?.close();
});

describe('Complaints page in a real browser', () => {
  it('logs in straight to the Complaints page and shows the rate, kinds and spike verdict', async () => {
    await page.goto(`${baseUrl}/complaints`);
    await page.waitForURL(/\/login\?next=%2Fcomplaints/);
    await page.getByLabel('E-mail').fill(ADMIN_EMAIL);
    await page.getByLabel('Password').fill(ADMIN_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(/\/complaints$/);
    await page.getByRole('heading', { level: 1, name: 'Complaints' }).waitFor();

    const delivered = page.locator('[data-metric="delivered"] .kpi-value');
    await delivered.waitFor();
    expect(count(await delivered.textContent())).toBeGreaterThan(0);
    expect(await page.locator('[data-metric="complaintRate"] .kpi-value').textContent()).toMatch(/‰$/);
    await page.locator('[data-metric="complaintRate"]').getByText('How is this computed?').click();
    await page
      .locator('[data-metric="complaintRate"]')
      .getByText(/per 1,000 business-initiated messages delivered/)
      .waitFor();
    // The verdict on spikes is said in words, matching the red days of the chart.
    const note = (await page.getByTestId('spike-note').textContent()) ?? '';
    const spikeTile = count(await page.locator('[data-metric="spikeDays"] .kpi-value').textContent());
    if (spikeTile === 0) expect(note).toBe('No spike day in the period.');
    else expect(note).toMatch(new RegExp(`^${spikeTile} spike days?: `));
    // Every kind is listed, zeros included.
    const kinds = region('Complaints by kind');
    await kinds.getByText('Show the data behind this chart').click();
    expect(await kinds.locator('table').first().locator('tbody tr').count()).toBe(5);
    await shot('01-complaints');
  });

  it('lists the complaints per day that add up to the total, and exports them', async () => {
    const trend = region('Complaint rate by day');
    await trend.getByText('Show the data behind this chart').click();
    const rows = trend.locator('tbody tr');
    // The default period: the last 30 days, zeros included.
    expect(await rows.count()).toBe(30);
    const lines = await download(trend.getByRole('button', { name: 'Export CSV' }), 'complaints-by-day.csv');
    expect(lines[0]).toBe(
      'Date,Complaints,Delivered business-initiated,"Complaints per 1,000 delivered",Trailing mean,Spike limit,Judged',
    );
    expect(lines).toHaveLength((await rows.count()) + 1);
    const records = lines.slice(1).map((line) => line.split(','));
    const total = count(await page.locator('[data-metric="complaints"] .kpi-value').textContent());
    expect(records.reduce((sum, r) => sum + Number(r[1]), 0)).toBe(total);
    for (const r of records) expect(['spike', 'normal', 'low_volume', 'insufficient_history']).toContain(r[6]);
  });

  it('drills from a day into the messages delivered that day, kept in the URL, and exports them', async () => {
    const trend = region('Complaint rate by day');
    const records = (await trend
      .locator('tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => [tr.children[0].textContent ?? '', tr.children[2].textContent ?? '']),
      )) as Array<[string, string]>;
    // The busiest day, so its list is not empty.
    const busiest = records.reduce((best, r, i) => (count(r[1]) > count(records[best][1]) ? i : best), 0);
    await trend.locator('tbody tr').nth(busiest).getByRole('button').click();
    await page.waitForURL((url) =>
      /^date:\d{4}-\d{2}-\d{2};status:delivered$/.test(url.searchParams.get('drill') ?? ''),
    );
    const panel = page.getByTestId('messages-panel');
    await panel
      .getByRole('heading', { level: 2, name: `Messages: delivered, sent on ${records[busiest][0]}` })
      .waitFor();
    const rows = panel.locator('tbody tr');
    await waitFor(
      () => rows.count(),
      (n) => n > 0,
      { what: "the day's delivered messages" },
    );
    await page.reload();
    await panel.getByRole('heading', { level: 2, name: /^Messages: delivered, sent on / }).waitFor();
    await waitFor(
      () => rows.count(),
      (n) => n > 0,
      { what: 'the list reopened from the URL' },
    );
    await shot('02-day-drill-down');
    const lines = await download(panel.getByRole('button', { name: 'Export CSV' }), 'complaint-messages.csv');
    expect(lines[0].split(',')[6]).toBe('Delivered at');
    expect(lines).toHaveLength((await rows.count()) + 1);
    for (const line of lines.slice(1)) expect(line.split(',')[6]).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    await panel.getByRole('button', { name: 'Close' }).click();
    await page.waitForURL((url) => !url.searchParams.has('drill'));
  });

  it('breaks the complaints down by campaign, keeps the choice in the URL and exports the table', async () => {
    const breakdown = region('Complaints by group');
    await breakdown.getByLabel('Break down by').selectOption('CAMPAIGN');
    await page.waitForURL(/[?&]by=campaign/);
    const rows = breakdown.locator('tbody tr');
    await waitFor(
      () => breakdown.locator('thead th').first().textContent(),
      (text) => text?.replace(/\s*[↕▲▼]$/, '') === 'Campaign',
      { what: 'the breakdown by campaign' },
    );
    await waitFor(
      () => rows.count(),
      (n) => n > 0,
      { what: 'campaign rows' },
    );
    const lines = await download(breakdown.getByRole('button', { name: 'Export CSV' }), 'complaints-by-campaign.csv');
    expect(lines[0]).toBe('Campaign,Complaints,Delivered business-initiated,"Complaints per 1,000 delivered"');
    expect(lines).toHaveLength((await rows.count()) + 1);
    for (const r of lines.slice(1).map((line) => line.split(','))) {
      expect(Number(r[1])).toBeLessThanOrEqual(Number(r[2]));
      if (Number(r[2]) > 0) expect(Number(r[3])).toBeCloseTo((1000 * Number(r[1])) / Number(r[2]), 6);
    }
    // A campaign opens its delivered messages.
    const campaign = rows.getByRole('button').first();
    const key = (await campaign.textContent()) ?? '';
    await campaign.click();
    await page.waitForURL(
      (url) => url.searchParams.get('drill') === `campaign:${encodeURIComponent(key)};status:delivered`,
    );
    const panel = page.getByTestId('messages-panel');
    await waitFor(
      () => panel.locator('tbody tr').count(),
      (n) => n > 0,
      { what: "the campaign's delivered messages" },
    );
    const campaigns = await panel.locator('tbody tr td:nth-child(6)').allTextContents();
    for (const listed of campaigns) expect(listed).toBe(key);
    await page.reload();
    expect(await breakdown.getByLabel('Break down by').inputValue()).toBe('CAMPAIGN');
    await shot('03-by-campaign');
  });
});
