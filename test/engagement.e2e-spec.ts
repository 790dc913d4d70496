import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { artifactPath } from './helpers/browser';
import { SEEDED_PRODUCT_START_TIMEOUT_MS, startSeededProduct, type SeededProduct } from './helpers/seeded-product';
import { waitFor } from './helpers/wait-for';

// The Engagement page as a marketer uses it: the launcher seeds a small demo tenant, a real Chromium logs in,
// reads the charts, regroups the comparison, drills from a chart into the messages behind it and exports them.
const ADMIN_EMAIL = 'e2e-engagement@example.com';
const ADMIN_PASSWORD = 'E2e-Engagement-Pass-2026';

let seeded: SeededProduct | undefined;
let baseUrl: string;
let page: Page;

const shot = (name: string) => page.screenshot({ path: artifactPath('engagement', `${name}.png`), fullPage: true });
const region = (name: string) => page.getByRole('region', { name, exact: true }).first();
const BUCKET_SECONDS: Record<string, [number, number]> = {
  '< 1 min': [0, 60],
  '1–5 min': [60, 300],
  '5–30 min': [300, 1800],
  '30 min–2 h': [1800, 7200],
  '2–24 h': [7200, 86_400],
  '> 24 h': [86_400, Number.POSITIVE_INFINITY],
};

beforeAll(async () => {
  seeded = await startSeededProduct({ name: 'engagement', adminEmail: ADMIN_EMAIL, adminPassword: ADMIN_PASSWORD });
  ({ url: baseUrl, page } = seeded);
}, SEEDED_PRODUCT_START_TIMEOUT_MS + 60_000);

afterAll(async () => {
  await seeded?.close();
});

describe('Engagement page in a real browser', () => {
  it('logs in straight to the Engagement page', async () => {
    await page.goto(`${baseUrl}/engagement`);
    await page.waitForURL(/\/login\?next=%2Fengagement/);
    await page.getByLabel('E-mail').fill(ADMIN_EMAIL);
    await page.getByLabel('Password').fill(ADMIN_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(/\/engagement$/);
    await page.getByRole('heading', { level: 1, name: 'Engagement' }).waitFor();
  });

  it('shows the read figures, the time-to-read histogram and the comparison with the seeded data', async () => {
    const sent = page.locator('[data-metric="sent"] .kpi-value');
    await sent.waitFor();
    expect(Number((await sent.textContent())?.replace(/\D/g, ''))).toBeGreaterThan(0);
    expect(await page.locator('[data-metric="readRate"] .kpi-value').textContent()).toMatch(/^\d+(\.\d)?%$/);
    // Every figure explains itself.
    await page.locator('[data-metric="readRate"]').getByText('How is this computed?').click();
    await page
      .locator('[data-metric="readRate"]')
      .getByText(/Read ÷ delivered/)
      .waitFor();

    await page.locator('[data-testid="read-time-histogram"] .recharts-bar-rectangle').first().waitFor();
    const groups = region('Comparison').locator('tbody tr');
    await waitFor(
      () => groups.count(),
      (n) => n > 1,
      { what: 'a comparison row per channel' },
    );
    const channels = await groups.locator('td:first-child').allTextContents();
    expect(channels).toContain('WhatsApp');
    // Telegram bots report no reads: "not measurable", never 0.
    if (channels.includes('Telegram')) {
      const telegram = groups.filter({ hasText: 'Telegram' }).first();
      expect(await telegram.textContent()).toContain('Not measurable');
    }
    await page.locator('.heatmap-cell').first().waitFor();
    await shot('01-engagement');
  });

  it('regroups the comparison by template and keeps the grouping in the URL', async () => {
    await page.getByLabel('Group by').selectOption('TEMPLATE');
    await page.waitForURL(/[?&]group=template/);
    const header = region('Comparison').locator('thead th').first();
    await waitFor(
      () => header.textContent(),
      (text) => text === 'Template',
      { what: 'the comparison to be grouped by template' },
    );
    const rows = region('Comparison').locator('tbody tr');
    await waitFor(
      () => rows.count(),
      (n) => n > 0,
      { what: 'template rows' },
    );
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Engagement' }).waitFor();
    expect(await page.getByLabel('Group by').inputValue()).toBe('TEMPLATE');
    await shot('02-by-template');
  });

  it('drills down from a histogram bar into the messages read in that time', async () => {
    const bars = page.locator('[data-testid="read-time-histogram"] .recharts-bar-rectangle');
    await bars.first().waitFor();
    // The tallest bar: the bucket with the most reads.
    const heights: number[] = [];
    for (const bar of await bars.all()) heights.push((await bar.boundingBox())?.height ?? 0);
    const tallest = heights.indexOf(Math.max(...heights));
    await bars.nth(tallest).click();

    const panel = page.getByTestId('messages-panel');
    const title = await panel.getByRole('heading', { level: 2 }).textContent();
    const bucket = /^Messages: read in (.+)$/.exec(title ?? '')?.[1];
    expect(Object.keys(BUCKET_SECONDS)).toContain(bucket);
    const rows = panel.locator('tbody tr');
    await waitFor(
      () => rows.count(),
      (n) => n > 0,
      { what: 'the drilled-down messages' },
    );
    expect(await panel.locator('.pager').textContent()).toMatch(/\d+ of \d+/);
    await shot('03-drill-down');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      panel.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('engagement-messages.csv');
    const path = artifactPath('engagement', 'engagement-messages.csv');
    await download.saveAs(path);
    const csv = readFileSync(path, 'utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).split('\r\n').filter(Boolean);
    const header = lines[0].split(',');
    expect(header).toEqual([
      'Sent at',
      'Channel',
      'Number',
      'Contact (pseudonym)',
      'Template',
      'Campaign',
      'Delivered at',
      'Read at',
      'Time to read',
      'Failed at',
      'Error code',
      'Message id',
    ]);
    expect(lines.length - 1).toBe(await rows.count());
    // Every exported message was read within the bar's bucket.
    const [low, high] = BUCKET_SECONDS[bucket!];
    for (const line of lines.slice(1)) {
      const cells = line.split(',');
      expect(cells[7]).toMatch(/^\d{4}-\d{2}-\d{2}T/);
      const seconds = Number(cells[8]);
      expect(seconds).toBeGreaterThanOrEqual(low);
      expect(seconds).toBeLessThan(high);
    }
  });

  it("opens a template's status history and failures", async () => {
    const templates = region('Templates');
    const first = templates.locator('tbody tr').first().getByRole('button');
    await first.waitFor();
    const name = await first.textContent();
    await first.click();
    const detail = page.getByTestId('template-detail');
    await detail.getByRole('heading', { level: 2, name: new RegExp(`^Template ${name}`) }).waitFor();
    await detail.getByRole('heading', { level: 3, name: 'Status and quality history' }).waitFor();
    await waitFor(
      async () =>
        (await detail.locator('.timeline > li').count()) +
        (await detail.getByText('The platform has reported no change for this template.').count()),
      (n) => n > 0,
      { what: 'the template history to load' },
    );
    await shot('04-template-history');
  });
});
