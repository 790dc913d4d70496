import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { artifactPath } from './helpers/browser';
import { SEEDED_PRODUCT_START_TIMEOUT_MS, startSeededProduct, type SeededProduct } from './helpers/seeded-product';
import { waitFor } from './helpers/wait-for';

// The Quality & tiers page as a compliance officer uses it: the launcher seeds a small demo tenant, a real Chromium
// logs in, reads each number's quality, limit and tier progress, opens a number's history, exports it, and changes
// the limit rule and spike threshold in Settings → Monitoring (audited).
const ADMIN_EMAIL = 'e2e-quality@example.com';
const ADMIN_PASSWORD = 'E2e-Quality-Pass-2026';

let seeded: SeededProduct | undefined;
let baseUrl: string;
let page: Page;

const shot = (name: string) => page.screenshot({ path: artifactPath('quality', `${name}.png`), fullPage: true });
const numbers = () => page.getByRole('region', { name: 'Numbers: quality and tiers', exact: true });
/** The lines of a downloaded CSV (BOM removed) after checking its file name. */
async function download(button: Locator, fileName: string): Promise<string[]> {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  expect(file.suggestedFilename()).toBe(fileName);
  const path = artifactPath('quality', fileName);
  await file.saveAs(path);
  const csv = readFileSync(path, 'utf8');
  expect(csv.startsWith('\uFEFF')).toBe(true);
  return csv.slice(1).split('\r\n').filter(Boolean);
}

beforeAll(async () => {
  seeded = await startSeededProduct({ name: 'quality', adminEmail: ADMIN_EMAIL, adminPassword: ADMIN_PASSWORD });
  ({ url: baseUrl, page } = seeded);
}, SEEDED_PRODUCT_START_TIMEOUT_MS + 60_000);

afterAll(async () => {
  await seeded?.close();
});

describe('Quality & tiers page in a real browser', () => {
  it("shows each number's quality, limit, usage and progress at a glance, and exports them", async () => {
    await page.goto(`${baseUrl}/quality`);
    await page.waitForURL(/\/login\?next=%2Fquality/);
    await page.getByLabel('E-mail').fill(ADMIN_EMAIL);
    await page.getByLabel('Password').fill(ADMIN_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(/\/quality$/);
    await page.getByRole('heading', { level: 1, name: 'Quality & tiers' }).waitFor();

    const rows = numbers().locator('tbody tr');
    await waitFor(
      () => rows.count(),
      (n) => n > 0,
      { what: 'a row per WhatsApp number' },
    );
    const first = rows.first();
    expect(await first.locator('.quality-badge').textContent()).toMatch(/^(High|Medium|Low) \(\w+\)$|^Unknown$/);
    // Usage and progress are meters a screen reader can read.
    const meters = first.getByRole('meter');
    expect(await meters.count()).toBeGreaterThan(0);
    expect(Number(await meters.first().getAttribute('aria-valuenow'))).toBeGreaterThanOrEqual(0);
    await numbers().getByText('How is this computed?').click();
    await numbers()
      .getByText(/Usage 24 h = unique customers reached/)
      .waitFor();

    const lines = await download(
      numbers().getByRole('button', { name: 'Export CSV' }),
      'numbers-quality-and-tiers.csv',
    );
    expect(lines[0]).toBe(
      'Number,Name,Phone number,Quality,Status,Flagged since,Messaging limit,Limit rule,"Usage, moving 24 h",' +
        'Customers 24 h,"Next tier, 7 days",Customers 7 days,Portfolio,Portfolio customers 24 h,' +
        'Portfolio customers 7 days,Customers needed in 7 days,Next tier,Eligible,' +
        'Next tier expected at,Blockers,Downgrade at,Last change',
    );
    expect(lines).toHaveLength((await rows.count()) + 1);
    // The demo's names hold no commas, so the rows split plainly.
    const records = lines.slice(1).map((line) => line.split(','));
    for (const r of records) {
      expect(r).toHaveLength(22);
      expect(['GREEN', 'YELLOW', 'RED', 'UNKNOWN', '']).toContain(r[3]);
      expect(r[6]).toMatch(/^TIER_/);
      expect(['legacy', 'y2023', 'y2025']).toContain(r[7]);
      // Reach in the last 7 days includes the last 24 h; the usage gauge is the 24 h reach ÷ the limit.
      expect(Number(r[11])).toBeGreaterThanOrEqual(Number(r[9]));
    }
    // The rule the figures follow is said once, with the way to change it.
    expect(await numbers().getByTestId('limit-rule').textContent()).toMatch(/^Limit rule: .+ rule/);
    await shot('01-numbers');
  });

  it("opens a number's tier timeline and full change list, kept in the URL, and exports the changes", async () => {
    const buttons = numbers().locator('tbody tr td:first-child button');
    expect(await buttons.count()).toBeGreaterThan(0);
    // The number with the most reported changes is the one the demo planted quality drops on; any will do.
    await buttons.first().click();
    await page.waitForURL((url) => (url.searchParams.get('number') ?? '') !== '');
    const detail = page.getByTestId('number-detail');
    await detail.getByRole('heading', { level: 2, name: /^Number / }).waitFor();
    expect((await detail.getByTestId('tier-outlook').textContent())?.length).toBeGreaterThan(0);
    await detail.getByTestId('usage-gauge').waitFor();
    const changes = detail.locator('table tbody tr');
    await waitFor(
      async () =>
        (await changes.count()) +
        (await detail.getByText('The platform has reported no quality or limit change for this number.').count()),
      (n) => n > 0,
      { what: "the number's history" },
    );
    await page.reload();
    await detail.getByRole('heading', { level: 2, name: /^Number / }).waitFor();
    await shot('02-number-history');
    if ((await changes.count()) === 0) return;

    // A flat step has no height, so the line is only checked to be drawn, not to have an area.
    await detail.getByTestId('tier-timeline').locator('.recharts-line path').first().waitFor({ state: 'attached' });
    // The open number is marked in the list.
    expect(await numbers().locator('tbody tr.row-leader').count()).toBe(1);
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      detail.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    expect(file.suggestedFilename()).toMatch(/^quality-history-.+\.csv$/);
    const path = artifactPath('quality', 'quality-history.csv');
    await file.saveAs(path);
    const lines = readFileSync(path, 'utf8').slice(1).split('\r\n').filter(Boolean);
    expect(lines[0]).toBe('Changed at,Event,Quality,Previous quality,Messaging limit,Previous limit,Status,Scope');
    expect(lines).toHaveLength((await changes.count()) + 1);
    // Newest first: the list reads back from the latest change.
    const times = lines.slice(1).map((line) => Date.parse(line.split(',')[0]));
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it('lists template status and quality changes newest first, narrows them to one template, and exports them', async () => {
    const templates = page.getByRole('region', { name: 'Template status and quality history', exact: true });
    const rows = templates.locator('tbody tr');
    await waitFor(
      async () =>
        (await rows.count()) +
        (await templates.getByText('No template status or quality change in the period.').count()),
      (n) => n > 0,
      { what: 'the template history' },
    );
    if ((await rows.count()) === 0) return;
    const lines = await download(templates.getByRole('button', { name: 'Export CSV' }), 'template-status-history.csv');
    expect(lines[0]).toBe(
      'Changed at,Template,Language,Category,Status,Previous status,Quality,Previous quality,Reason,Number',
    );
    expect(lines).toHaveLength((await rows.count()) + 1);
    const records = lines.slice(1).map((line) => line.split(','));
    const times = records.map((r) => Date.parse(r[0]));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    // Searching an exact template name keeps only its changes.
    const name = records[0][1];
    await templates.getByLabel('Template name').fill(name);
    await templates.getByRole('button', { name: 'Search' }).click();
    await waitFor(
      async () =>
        (await rows.locator('td:nth-child(2)').allTextContents()).every(
          (text) => text === name || text.startsWith(`${name} (`),
        ),
      Boolean,
      { what: `only the changes of ${name}` },
    );
    await shot('03-template-history');
  });

  it('changes the limit rule and spike threshold in Settings → Monitoring, and the change is audited', async () => {
    await page.goto(`${baseUrl}/settings/monitoring`);
    await page.getByRole('heading', { level: 2, name: 'Monitoring: tier rule and complaint spikes' }).waitFor();
    const threshold = page.getByLabel('Complaint spike threshold (per 1,000)');
    await threshold.fill('-2');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Enter a rate per 1,000 from 0 to 1,000, or leave it empty.').waitFor();

    await page.getByLabel('Legacy: 2× the limit in 7 days').check();
    await threshold.fill('4,5');
    const [response] = await Promise.all([
      page.waitForResponse(
        (r) => r.url().endsWith('/graphql') && (r.request().postData() ?? '').includes('UpdateMonitoringSettings'),
      ),
      page.getByRole('button', { name: 'Save' }).click(),
    ]);
    const body = (await response.json()) as {
      data?: { updateMonitoringSettings: { tierEra: string; complaintSpikeThreshold: number | null } };
    };
    expect(body.data?.updateMonitoringSettings).toMatchObject({ tierEra: 'LEGACY', complaintSpikeThreshold: 4.5 });
    await page.getByText('Saved.').waitFor();
    await shot('04-monitoring-settings');

    const audit = await page.request.post(`${baseUrl}/graphql`, {
      headers: { 'content-type': 'application/json' },
      data: { query: 'query { auditLog(entityType: "monitoring_settings") { nodes { action actorLabel after } } }' },
    });
    const log = (await audit.json()) as {
      data: { auditLog: { nodes: Array<{ actorLabel: string; after: Record<string, unknown> | null }> } };
    };
    const entry = log.data.auditLog.nodes[0];
    expect(entry.actorLabel).toBe(ADMIN_EMAIL);
    expect(entry.after).toMatchObject({ tierEra: 'LEGACY', complaintSpikeThreshold: 4.5 });

    // A reload shows what was saved.
    await page.reload();
    expect(await page.getByLabel('Legacy: 2× the limit in 7 days').isChecked()).toBe(true);
    expect(await page.getByLabel('Complaint spike threshold (per 1,000)').inputValue()).toBe('4.5');
  });
});
