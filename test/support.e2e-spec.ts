import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { artifactPath, pageGraphql } from './helpers/browser';
import { SEEDED_PRODUCT_START_TIMEOUT_MS, startSeededProduct, type SeededProduct } from './helpers/seeded-product';
import { waitFor } from './helpers/wait-for';

// The Support page as a manager uses it, and the alerts bell: the launcher seeds a small demo tenant, a real
// Chromium logs in, sets an SLA target, finds the slowest agent and who misses the SLA, opens the conversations
// that missed the target and exports them, then creates an alert rule that fires and sees it under the bell.
const ADMIN_EMAIL = 'e2e-support@example.com';
const ADMIN_PASSWORD = 'E2e-Support-Pass-2026';
const MIN_RANKED = 5;

let seeded: SeededProduct | undefined;
let baseUrl: string;
let page: Page;

const shot = (name: string) => page.screenshot({ path: artifactPath('support', `${name}.png`), fullPage: true });
const region = (name: string) => page.getByRole('region', { name, exact: true }).first();

/** Clicks an "Export CSV" button and returns the file's name and its lines (without the BOM). */
async function exportCsv(scope: ReturnType<Page['locator']>, file: string): Promise<{ name: string; lines: string[] }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    scope.getByRole('button', { name: 'Export CSV' }).first().click(),
  ]);
  const path = artifactPath('support', file);
  await download.saveAs(path);
  const csv = readFileSync(path, 'utf8');
  expect(csv.startsWith('\uFEFF')).toBe(true);
  return { name: download.suggestedFilename(), lines: csv.slice(1).split('\r\n').filter(Boolean) };
}

/** A GraphQL call made by the logged-in page (its session cookie). */
const graphql = <T>(query: string, variables: Record<string, unknown> = {}) => pageGraphql<T>(page, query, variables);

beforeAll(async () => {
  seeded = await startSeededProduct({ name: 'support', adminEmail: ADMIN_EMAIL, adminPassword: ADMIN_PASSWORD });
  ({ url: baseUrl, page } = seeded);
}, SEEDED_PRODUCT_START_TIMEOUT_MS + 60_000);

afterAll(async () => {
  await seeded?.close();
});

describe('Support page and alerts in a real browser', () => {
  it('logs in and sets a first response target in Settings → SLA targets', async () => {
    await page.goto(`${baseUrl}/settings/sla`);
    await page.waitForURL(/\/login\?next=%2Fsettings%2Fsla/);
    await page.getByLabel('E-mail').fill(ADMIN_EMAIL);
    await page.getByLabel('Password').fill(ADMIN_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(/\/settings\/sla$/);
    type Targets = { slaSettings: { targets: Array<{ kind: string; minutes: number; basis: string }> } };
    const query = '{ slaSettings { targets { kind minutes basis } } }';
    const before = (await graphql<Targets>(query)).slaSettings.targets;

    const target = page.getByTestId('sla-FIRST_RESPONSE');
    await target.getByLabel('Set a first response target').check();
    await target.getByLabel('First response target in minutes').fill('0');
    await page.getByRole('button', { name: 'Save' }).click();
    // A client check: nothing is sent.
    await target.getByText('Enter whole minutes from 1 to 43,200.').waitFor();
    await target.getByLabel('First response target in minutes').fill('5');
    await target.getByLabel('First response target counts').selectOption('CALENDAR');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('status').getByText('Saved.').waitFor();

    // The saved set is what the API now reports: the new first response target, the other targets as they were.
    const after = (await graphql<Targets>(query)).slaSettings.targets;
    const others = (targets: Targets['slaSettings']['targets']) => targets.filter((x) => x.kind !== 'FIRST_RESPONSE');
    expect(after.find((x) => x.kind === 'FIRST_RESPONSE')).toEqual({
      kind: 'FIRST_RESPONSE',
      minutes: 5,
      basis: 'CALENDAR',
    });
    expect(others(after)).toEqual(others(before));
    await shot('01-sla-targets');
  });

  it('marks the slowest agent and the agents missing the SLA, as the exported leaderboard confirms', async () => {
    // Calendar time, the basis of the target set above, so the listed durations can be checked against it.
    await page.goto(`${baseUrl}/support?basis=calendar`);
    await page.getByRole('heading', { level: 1, name: 'Support' }).waitFor();
    const tile = page.locator('[data-metric="sla-FIRST_RESPONSE"]');
    await tile.locator('.kpi-value').waitFor();
    expect(await tile.textContent()).toContain('Target 5 mins (Calendar time)');

    const board = region('Agents');
    const rows = board.locator('tbody tr');
    await waitFor(
      () => rows.count(),
      (n) => n > 1,
      { what: 'a leaderboard row per agent' },
    );
    const { name, lines } = await exportCsv(board, 'support-agents.csv');
    expect(name).toBe('support-agents.csv');
    const header = lines[0].split(',');
    expect(header.slice(0, 9)).toEqual([
      'Agent',
      'Conversations handled',
      'Messages sent by agents',
      'Resolved',
      'Median first response',
      'First response p90',
      'First responses',
      'Median reply time',
      'Median resolution time',
    ]);
    expect(header[9]).toBe('First response SLA');
    const agents = lines.slice(1).map((line) => {
      const cells = line.split(',');
      return { name: cells[0], median: cells[4], responses: Number(cells[6]), attainment: cells[9] };
    });
    expect(agents).toHaveLength(await rows.count());

    const ranked = agents.filter((a) => a.name !== '' && a.median !== '' && a.responses >= MIN_RANKED);
    const note = await page.getByTestId('slowest-agent').textContent();
    const marked = board.locator('tbody tr', { hasText: 'Slowest' });
    if (ranked.length >= 2) {
      const slowest = Math.max(...ranked.map((a) => Number(a.median)));
      expect(await marked.count()).toBe(1);
      const markedName = (await marked.locator('td').first().textContent())?.replace(/(Slowest|Misses SLA)/g, '');
      const markedAgent = ranked.find((a) => a.name === markedName);
      expect(markedAgent).toBeDefined();
      expect(Number(markedAgent!.median)).toBe(slowest);
      expect(note).toMatch(new RegExp(`^${markedName} is slowest: median first response .+ \\(n = [\\d,]+\\)\\.$`));
    } else {
      expect(note).toMatch(/No agent can be called slowest/);
      expect(await marked.count()).toBe(0);
    }
    // "Misses SLA" marks exactly the agents below 90 % attainment.
    const missing = agents
      .filter((a) => a.name !== '' && a.attainment !== '' && Number(a.attainment) < 0.9)
      .map((a) => a.name);
    const badges = await board
      .locator('tbody tr', { hasText: 'Misses SLA' })
      .locator('td:first-child')
      .allTextContents();
    expect(badges.map((b) => b.replace(/(Slowest|Misses SLA)/g, '')).sort()).toEqual([...missing].sort());
    // The other views of the period draw from the same data: distribution bars, heatmap cells, the trend's rows.
    await page.locator('[data-testid="response-distribution"] .recharts-bar-rectangle').first().waitFor();
    await page.locator('[data-testid="support-heatmap"] .heatmap-cell').first().waitFor();
    await region('First response time').locator('.recharts-line').first().waitFor();
    await region('Comparison').locator('tbody tr').first().waitFor();
    await region('NPS and CSAT by agent').locator('tbody tr').first().waitFor();
    await shot('02-support');
  });

  it('opens the conversations that missed the target from the SLA figure, keeps them in the URL and exports them', async () => {
    const tile = page.locator('[data-metric="sla-FIRST_RESPONSE"]');
    const list = tile.getByRole('button', { name: /^List the [\d,]+ conversations? that missed it$/ });
    const missed = Number(((await list.textContent()) ?? '').replace(/\D/g, ''));
    expect(missed).toBeGreaterThan(0);
    await list.click();
    await page.waitForURL((url) => url.searchParams.get('breach') === 'first-response');
    const panel = page.getByTestId('breach-panel');
    await panel
      .getByRole('heading', { level: 2, name: 'Conversations that missed the first response target' })
      .waitFor();
    await waitFor(
      () => panel.locator('.pager').textContent(),
      (text) => new RegExp(` of ${missed.toLocaleString('en-GB')} `).test(text ?? ''),
      { what: 'as many breaching conversations as the figure says' },
    );
    await page.reload();
    await panel.locator('tbody tr').first().waitFor();

    const { name, lines } = await exportCsv(panel, 'sla-breaches.csv');
    expect(name).toBe('sla-breaches.csv');
    const header = lines[0].split(',');
    const firstResponse = header.indexOf('First response');
    const breaches = header.indexOf('Missed targets');
    expect(lines.length - 1).toBe(await panel.locator('tbody tr').count());
    for (const line of lines.slice(1)) {
      const cells = line.split(',');
      expect(cells[breaches].split(' ')).toContain('FIRST_RESPONSE');
      // Answered later than 5 minutes, or not answered at all.
      if (cells[firstResponse] !== '') expect(Number(cells[firstResponse])).toBeGreaterThanOrEqual(300);
    }
    await shot('03-breaches');
    await panel.getByRole('button', { name: 'Close' }).click();
    await page.waitForURL((url) => !url.searchParams.has('breach'));
  });

  it('shows an alert under the bell after a rule fires, and marks it read', async () => {
    await page.goto(`${baseUrl}/settings/alerts`);
    const form = page.locator('form', { has: page.getByRole('button', { name: 'Create rule' }) });
    await form.getByLabel('Condition').selectOption('SLA_BELOW_TARGET');
    await form.getByLabel('Name', { exact: true }).fill('First responses below 100 %');
    await form.getByLabel('Fire below this attainment (%)').fill('100');
    await form.getByRole('button', { name: 'Create rule' }).click();
    await region('Alert rules').locator('tbody tr', { hasText: 'First responses below 100 %' }).waitFor();

    const fired = await graphql<{ evaluateAlertsNow: number }>('mutation { evaluateAlertsNow }');
    expect(fired.evaluateAlertsNow).toBeGreaterThan(0);
    // The bell asks every minute; a reload asks at once.
    await page.reload();
    const unread = page.getByTestId('alerts-unread');
    await unread.waitFor();
    const count = Number(await unread.textContent());
    expect(count).toBeGreaterThanOrEqual(fired.evaluateAlertsNow > 99 ? 99 : fired.evaluateAlertsNow);

    await page.getByTestId('alerts-bell').click();
    const firing = page.getByTestId('alert-firing').first();
    await firing.waitFor();
    expect(await firing.textContent()).toContain('First responses below 100 %');
    await shot('04-bell');
    await page.getByRole('button', { name: 'Mark all as read' }).click();
    await waitFor(
      () => unread.count(),
      (n) => n === 0,
      { what: 'the unread count to disappear' },
    );
  });
});
