import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { artifactPath } from './helpers/browser';
import { SEEDED_PRODUCT_START_TIMEOUT_MS, startSeededProduct, type SeededProduct } from './helpers/seeded-product';
import { waitFor } from './helpers/wait-for';

// The Complaints page as a compliance officer uses it: the launcher seeds a small demo tenant, a real Chromium logs
// in, reads the complaint rate and the spike days, opens the complaints of a day and of a kind, a template's messages
// that drew a complaint, exports them, and breaks the complaints down by campaign.
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
    else {
      expect(note).toMatch(new RegExp(`^${spikeTile} spike days?: `));
      // A spike day named in the note opens its complaints.
      const spikeDay = page.getByTestId('spike-note').getByRole('button').first();
      const date = (await spikeDay.textContent()) ?? '';
      await spikeDay.click();
      await page.waitForURL((url) => /^date:\d{4}-\d{2}-\d{2}$/.test(url.searchParams.get('events') ?? ''));
      const panel = page.getByTestId('complaint-events-panel');
      await panel.getByRole('heading', { level: 2, name: `Complaints: recorded on ${date}` }).waitFor();
      await waitFor(
        () => panel.locator('tbody tr').count(),
        (n) => n > 0,
        { what: "the spike day's complaints" },
      );
      await panel.getByRole('button', { name: 'Close' }).click();
      await page.waitForURL((url) => !url.searchParams.has('events'));
    }
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

  it("drills from a day into that day's complaints, as many as the day counts, kept in the URL, and exports them", async () => {
    const trend = region('Complaint rate by day');
    const records = (await trend
      .locator('tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => [tr.children[0].textContent ?? '', tr.children[1].textContent ?? '']),
      )) as Array<[string, string]>;
    // The day with the most complaints, so its list is not empty (the demo plants a spike).
    const busiest = records.reduce((best, r, i) => (count(r[1]) > count(records[best][1]) ? i : best), 0);
    const complaints = count(records[busiest][1]);
    expect(complaints).toBeGreaterThan(0);
    await trend.locator('tbody tr').nth(busiest).getByRole('button').click();
    await page.waitForURL((url) => /^date:\d{4}-\d{2}-\d{2}$/.test(url.searchParams.get('events') ?? ''));
    const panel = page.getByTestId('complaint-events-panel');
    await panel.getByRole('heading', { level: 2, name: `Complaints: recorded on ${records[busiest][0]}` }).waitFor();
    const rows = panel.locator('tbody tr');
    const shown = Math.min(complaints, 50);
    await waitFor(
      () => rows.count(),
      (n) => n === shown,
      { what: "the day's complaints" },
    );
    // The list holds exactly the day's complaints: the pager counts all pages.
    expect(await panel.locator('.pager').textContent()).toMatch(
      new RegExp(`^${shown} of ${complaints.toLocaleString('en')} · page 1`),
    );
    await page.reload();
    await panel.getByRole('heading', { level: 2, name: /^Complaints: recorded on / }).waitFor();
    await waitFor(
      () => rows.count(),
      (n) => n === shown,
      { what: 'the list reopened from the URL' },
    );
    await shot('02-day-complaints');
    const lines = await download(panel.getByRole('button', { name: 'Export CSV' }), 'complaint-events.csv');
    expect(lines[0]).toBe(
      'Recorded at,Kind,Reason,Channel,Number,Contact (pseudonym),Template,Campaign,Message complained about,Complaint id',
    );
    expect(lines).toHaveLength(shown + 1);
    for (const line of lines.slice(1)) {
      const [at, kind] = line.split(',');
      expect(at).toMatch(/^\d{4}-\d{2}-\d{2}T/);
      expect(['block', 'report_spam', 'marketing_stop', 'negative_feedback', 'unsubscribe_request']).toContain(kind);
    }
    await panel.getByRole('button', { name: 'Close' }).click();
    await page.waitForURL((url) => !url.searchParams.has('events'));
  });

  it('opens the complaints of a kind, as many as the kind counts', async () => {
    const kinds = region('Complaints by kind');
    // The reload of the day's list folded the data away again.
    const data = kinds.locator('details').first();
    if ((await data.getAttribute('open')) === null) await kinds.getByText('Show the data behind this chart').click();
    const kindRows = (await kinds
      .locator('table')
      .first()
      .locator('tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => [tr.children[0].textContent ?? '', tr.children[1].textContent ?? '']),
      )) as Array<[string, string]>;
    const most = kindRows.reduce((best, r, i) => (count(r[1]) > count(kindRows[best][1]) ? i : best), 0);
    const complaints = count(kindRows[most][1]);
    expect(complaints).toBeGreaterThan(0);
    await kinds.locator('table').first().locator('tbody tr').nth(most).getByRole('button').click();
    await page.waitForURL((url) => /^kind:[a-z_]+$/.test(url.searchParams.get('events') ?? ''));
    const panel = page.getByTestId('complaint-events-panel');
    await panel.getByRole('heading', { level: 2, name: `Complaints: ${kindRows[most][0]}` }).waitFor();
    await waitFor(
      () => panel.locator('.pager').textContent(),
      (text) => new RegExp(` of ${complaints.toLocaleString('en')} · `).test(text ?? ''),
      { what: "the kind's complaints" },
    );
    await panel.getByRole('button', { name: 'Close' }).click();
    await page.waitForURL((url) => !url.searchParams.has('events'));
  });

  it("opens a template row's messages that drew a complaint, as many as the row counts, and exports them", async () => {
    const breakdown = region('Complaints by group');
    expect(await breakdown.getByLabel('Break down by').inputValue()).toBe('TEMPLATE');
    const rows = breakdown.locator('tbody tr');
    await waitFor(
      () => rows.count(),
      (n) => n > 0,
      { what: 'template rows' },
    );
    // The first template row with complaints (the table is sorted by complaints, most first).
    const row = rows
      .filter({ has: page.getByRole('button') })
      .filter({ hasNotText: 'None' })
      .first();
    const key = (await row.getByRole('button').textContent()) ?? '';
    const complained = count(await row.locator('td').nth(1).textContent());
    expect(complained).toBeGreaterThan(0);
    await row.getByRole('button').click();
    await page.waitForURL(
      (url) => url.searchParams.get('drill') === `complaint-template:${encodeURIComponent(key)};status:complained`,
    );
    const panel = page.getByTestId('messages-panel');
    await panel.getByRole('heading', { level: 2, name: `Messages: ${key}, drew a complaint` }).waitFor();
    const shown = Math.min(complained, 50);
    await waitFor(
      () => panel.locator('tbody tr').count(),
      (n) => n === shown,
      { what: "the template's complained messages" },
    );
    expect(await panel.locator('.pager').textContent()).toMatch(
      new RegExp(`^${shown} of ${complained.toLocaleString('en')} · page 1`),
    );
    for (const listed of await panel.locator('tbody tr td:nth-child(5)').allTextContents()) expect(listed).toBe(key);
    await shot('03-template-complained-messages');
    const lines = await download(panel.getByRole('button', { name: 'Export CSV' }), 'complaint-messages.csv');
    expect(lines).toHaveLength(shown + 1);
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
    // A campaign with complaints opens its messages that drew one.
    const campaign = rows.filter({ hasNotText: 'None' }).getByRole('button').first();
    const key = (await campaign.textContent()) ?? '';
    await campaign.click();
    await page.waitForURL(
      (url) => url.searchParams.get('drill') === `complaint-campaign:${encodeURIComponent(key)};status:complained`,
    );
    const panel = page.getByTestId('messages-panel');
    await waitFor(
      () => panel.locator('tbody tr').count(),
      (n) => n > 0,
      { what: "the campaign's complained messages" },
    );
    const campaigns = await panel.locator('tbody tr td:nth-child(6)').allTextContents();
    for (const listed of campaigns) expect(listed).toBe(key);
    await page.reload();
    expect(await breakdown.getByLabel('Break down by').inputValue()).toBe('CAMPAIGN');
    await shot('03-by-campaign');
  });
});
