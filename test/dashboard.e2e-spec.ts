import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { artifactPath } from './helpers/browser';
import { SEEDED_PRODUCT_START_TIMEOUT_MS, startSeededProduct, type SeededProduct } from './helpers/seeded-product';
import { waitFor } from './helpers/wait-for';

// The product as a new user gets it: `node tools/start.mjs` builds what is missing (API, web app), seeds a small
// demo tenant on the first start and serves the dashboard; a real Chromium logs in and uses it.
const ADMIN_EMAIL = 'e2e-admin@example.com';
const ADMIN_PASSWORD = 'E2e-Dashboard-Pass-2026';

let seeded: SeededProduct | undefined;
let baseUrl: string;
let context: BrowserContext;
let page: Page;

const shot = (name: string) => page.screenshot({ path: artifactPath('dashboard', `${name}.png`), fullPage: true });
const kpiValue = (metric: string) => page.locator(`[data-metric="${metric}"] .kpi-value`);
const digits = (text: string | null) => Number((text ?? '').replace(/\D/g, ''));

beforeAll(async () => {
  seeded = await startSeededProduct({ name: 'dashboard', adminEmail: ADMIN_EMAIL, adminPassword: ADMIN_PASSWORD });
  ({ url: baseUrl, context, page } = seeded);
}, SEEDED_PRODUCT_START_TIMEOUT_MS + 60_000);

afterAll(async () => {
  await seeded?.close();
});

describe('dashboard in a real browser', () => {
  it('refuses a wrong password with a clear message, then logs in to the Overview', async () => {
    await page.goto(`${baseUrl}/overview`);
    await page.waitForURL(/\/login\?next=%2Foverview/);
    await page.getByLabel('E-mail').fill(ADMIN_EMAIL);
    await page.getByLabel('Password').fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('The e-mail or password is not correct.').waitFor();
    await shot('01-login-error');

    await page.getByLabel('Password').fill(ADMIN_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(/\/overview$/);
    await page.getByRole('heading', { level: 1, name: 'Overview' }).waitFor();
    const cookies = await context.cookies();
    expect(cookies.some((c) => c.httpOnly)).toBe(true);
  });

  it('shows every KPI tile and the charts with the seeded data', async () => {
    await kpiValue('messages').waitFor();
    expect(await page.locator('article.kpi').count()).toBe(9);
    expect(digits(await kpiValue('messages').textContent())).toBeGreaterThan(0);
    expect(await kpiValue('deliveryRate').textContent()).toMatch(/^\d+(\.\d)?%$/);
    // The demo's planted violations that its compliance officer has not resolved yet.
    expect(digits(await kpiValue('openViolations').textContent())).toBeGreaterThan(0);

    await page.locator('.recharts-area').first().waitFor();
    expect(await page.locator('.recharts-area').count()).toBeGreaterThan(1);
    await page.locator('.recharts-bar-rectangle').first().waitFor();
    const channelsTable = page.getByRole('region', { name: 'Channels', exact: true }).first();
    expect(await channelsTable.locator('tbody tr').count()).toBeGreaterThan(1);
    await page.getByText('Show the data behind this chart').click();
    expect(
      await page.getByRole('region', { name: 'Messages by channel and day' }).first().locator('tbody tr').count(),
    ).toBeGreaterThan(7);
    await shot('02-overview');
  });

  it("opens a channel's business messages from the Channels table, that channel only", async () => {
    const channelRows = page.getByRole('region', { name: 'Channels', exact: true }).first().locator('tbody tr');
    let row = channelRows.first();
    for (const candidate of await channelRows.all()) {
      if (digits(await candidate.locator('td').nth(1).textContent()) > 0) {
        row = candidate;
        break;
      }
    }
    const channel = await row.locator('td').first().textContent();
    await row.getByRole('button', { name: channel ?? '' }).click();

    const panel = page.getByTestId('messages-panel');
    await panel.getByRole('heading', { level: 2, name: `Messages: ${channel}, business messages` }).waitFor();
    // Focus moves to the list it opened.
    expect(await page.locator('[data-testid="messages-panel"]:focus').count()).toBe(1);
    const rows = panel.locator('tbody tr');
    await waitFor(
      () => rows.count(),
      (n) => n > 0,
      { what: "the channel's messages" },
    );
    const channels = await panel.locator('tbody tr td:nth-child(2)').allTextContents();
    expect(new Set(channels)).toEqual(new Set([channel]));
    expect(await panel.locator('.pager').textContent()).toMatch(/\d+ of \d+/);
    await shot('02b-channel-messages');
    await panel.getByRole('button', { name: 'Close' }).click();
    expect(await page.getByTestId('messages-panel').count()).toBe(0);
  });

  it('keeps filters in the URL and recomputes the figures', async () => {
    const allChannels = digits(await kpiValue('messages').textContent());
    await page.getByLabel('Channel', { exact: true }).selectOption('WHATSAPP');
    await page.waitForURL(/[?&]channel=whatsapp/);
    const whatsapp = await waitFor(
      async () => digits(await kpiValue('messages').textContent()),
      (n) => n > 0 && n !== allChannels,
      { what: 'the Messages tile to show the WhatsApp-only figure' },
    );
    expect(whatsapp).toBeLessThan(allChannels);
    const rows = page.getByRole('region', { name: 'Channels', exact: true }).first().locator('tbody tr');
    await waitFor(
      () => rows.count(),
      (n) => n === 1,
      { what: 'one channel row' },
    );
    expect(await rows.first().locator('td').first().textContent()).toBe('WhatsApp');

    await page.getByRole('button', { name: 'Last 7 days' }).click();
    await page.waitForURL(/[?&]days=7/);
    await waitFor(
      () => page.getByRole('button', { name: 'Last 7 days' }).getAttribute('aria-pressed'),
      (pressed) => pressed === 'true',
      { what: 'the 7-day preset to show as selected' },
    );
    const lastWeek = await waitFor(
      async () => digits(await kpiValue('messages').textContent()),
      (n) => n !== whatsapp,
      { what: 'the Messages tile to follow the 7-day period' },
    );
    expect(lastWeek).toBeLessThan(whatsapp);

    // The filter survives a reload: it lives in the URL.
    await page.reload();
    await kpiValue('messages').waitFor();
    expect(digits(await kpiValue('messages').textContent())).toBe(lastWeek);
    expect(await page.getByLabel('Channel', { exact: true }).inputValue()).toBe('WHATSAPP');
    await shot('03-filtered');
  });

  it('switches the interface language and remembers it', async () => {
    await page.getByLabel('Language').selectOption('pl');
    await page.getByRole('heading', { level: 1, name: 'Przegląd' }).waitFor();
    expect(
      await page.getByRole('navigation', { name: 'Menu główne' }).getByRole('link', { name: 'Ustawienia' }).count(),
    ).toBe(1);
    expect(await page.locator('html').getAttribute('lang')).toBe('pl');
    expect(
      await page.getByRole('article', { name: 'Odsetek dostarczonych' }).locator('.kpi-value').textContent(),
    ).toMatch(/^\d+(,\d)?%$/);

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Przegląd' }).waitFor();
    await kpiValue('messages').waitFor();
    await page.locator('.recharts-area').first().waitFor();
    await shot('04-polish');
  });

  it('downloads the channel table as CSV with locale-independent numbers', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page
        .getByRole('region', { name: 'Kanały', exact: true })
        .first()
        .getByRole('button', { name: 'Eksportuj CSV' })
        .click(),
    ]);
    expect(download.suggestedFilename()).toBe('channels.csv');
    const path = artifactPath('dashboard', 'channels.csv');
    await download.saveAs(path);
    const csv = readFileSync(path, 'utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe(
      'Kanał,Wysłane,Dostarczone,Odczytane,Odebrane,Odsetek dostarczonych,Odsetek odczytanych,Potwierdzenia odczytu',
    );
    expect(lines[1]).toMatch(/^whatsapp,\d+,\d+,\d+,\d+,(0|1|0\.\d+),(0|1|0\.\d+),true$/);
    expect(lines.slice(2)).toEqual(['']);
  });

  it('logs out and no longer shows data', async () => {
    await page.getByRole('button', { name: 'Wyloguj' }).click();
    await page.waitForURL(/\/login/);
    await page.goto(`${baseUrl}/settings/users`);
    await page.waitForURL(/\/login\?next=/);
    expect(await page.locator('.kpi').count()).toBe(0);
  });
});
