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
    // The group's name is its button; a "Read fastest" badge may follow it.
    const channels = await groups.locator('td:first-child button').allTextContents();
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
      // The header is a sort button; its direction mark is hidden from assistive technology.
      (text) => text?.replace(/\s*[↕▲▼]$/, '') === 'Template',
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

  it('compares the funnel per channel: not measurable where there are no receipts, the fastest reader marked', async () => {
    // Close the list an earlier step opened, so Back below returns to a page without one.
    const open = page.getByTestId('messages-panel');
    if (await open.count()) {
      await open.getByRole('button', { name: 'Close' }).click();
      await page.waitForURL((url) => !url.searchParams.has('drill'));
    }
    const funnel = region('Funnel by channel');
    const rows = funnel.locator('tbody tr');
    await waitFor(
      () => rows.count(),
      (n) => n > 2,
      { what: 'a funnel row per channel and the total' },
    );
    const cellsOf = async (channel: string) =>
      rows
        .filter({ has: page.locator('td:first-child', { hasText: new RegExp(`^${channel}`) }) })
        .first()
        .locator('td')
        .allTextContents();
    const names = await rows.locator('td:first-child').allTextContents();
    // Telegram bots and SMS report no reads: the read step says so instead of 0.
    for (const channel of ['Telegram', 'SMS']) {
      if (!names.some((n) => n.startsWith(channel))) continue;
      const cells = await cellsOf(channel);
      expect(cells[3]).toBe('Not measurable');
      expect(cells[7]).toBe('Not measurable');
      expect(cells[10]).toBe('Not measurable');
    }
    await funnel.getByText('How is this computed?').click();
    await funnel.getByText(/Read rate = read ÷ delivered/).waitFor();

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      funnel.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('funnel-by-channel.csv');
    const path = artifactPath('engagement', 'funnel-by-channel.csv');
    await download.saveAs(path);
    const lines = readFileSync(path, 'utf8').slice(1).split('\r\n').filter(Boolean);
    expect(lines[0]).toBe(
      'Channel,Sent,Delivered,Read,Replied,Converted,Delivery rate,Read rate,Reply rate,Conversion rate,' +
        'Median time to read,Median time to reply,"Opt-outs per 1,000","Complaints per 1,000",Cost (EUR),' +
        'Cost per message (EUR)',
    );
    expect(lines).toHaveLength((await rows.count()) + 1);
    // The "Opt-outs per 1,000" header is quoted; values never hold commas, so the rows split plainly.
    const records = lines.slice(1).map((line) => line.split(','));
    expect(records.at(-1)![0]).toBe('total');
    const channels = records.slice(0, -1);
    for (const r of channels) expect(r[0]).toMatch(/^[a-z]+$/);
    for (const r of channels.filter((c) => c[0] === 'telegram' || c[0] === 'sms')) {
      expect(r[3]).toBe('');
      expect(r[10]).toBe('');
    }
    // The marked channel has the lowest median time to read among channels with at least 20 reads.
    const ranked = channels
      .filter((r) => r[3] !== '' && Number(r[3]) >= 20 && r[10] !== '')
      .sort((a, b) => Number(a[10]) - Number(b[10]));
    const marked = funnel.locator('tbody tr', { hasText: 'Read fastest' });
    if (ranked.length >= 2) {
      expect(await marked.count()).toBe(1);
      const name = ((await marked.locator('td:first-child button').textContent()) ?? '').toLowerCase();
      expect(name.replace(/[^a-z]/g, '')).toBe(ranked[0][0]);
      expect(await page.getByTestId('fastest-read').textContent()).toMatch(/is read fastest: median time to read/);
    } else {
      expect(await marked.count()).toBe(0);
    }
    await funnel.screenshot({ path: artifactPath('engagement', '05-funnel.png') });
  });

  it('keeps a drill-down from the funnel in the URL, through a reload and Back', async () => {
    const funnel = region('Funnel by channel');
    const whatsapp = funnel.locator('tbody tr', { has: page.getByRole('button', { name: 'WhatsApp', exact: true }) });
    // The read count of WhatsApp lists the WhatsApp messages that were read.
    await whatsapp.locator('td').nth(3).getByRole('button').click();
    await page.waitForURL((url) => url.searchParams.get('drill') === 'channel:whatsapp;status:read');
    const panel = page.getByTestId('messages-panel');
    const heading = panel.getByRole('heading', { level: 2, name: 'Messages: WhatsApp, read' });
    await heading.waitFor();
    const readAt = async () => {
      const rows = panel.locator('tbody tr');
      await waitFor(
        () => rows.count(),
        (n) => n > 0,
        { what: 'the read WhatsApp messages' },
      );
      return rows.evaluateAll((trs): Array<[string | null, string | null]> =>
        trs.map((tr) => [tr.children[1].textContent, tr.children[7].textContent]),
      );
    };
    for (const [channel, read] of await readAt()) {
      expect(channel).toBe('WhatsApp');
      expect(read).not.toBe('—');
    }

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Engagement' }).waitFor();
    await heading.waitFor();
    expect((await readAt()).length).toBeGreaterThan(0);
    await shot('06-funnel-drill-after-reload');

    await page.goBack();
    await page.waitForURL((url) => !url.searchParams.has('drill'));
    await waitFor(
      () => page.getByTestId('messages-panel').count(),
      (n) => n === 0,
      { what: 'Back to close the list' },
    );
    await page.goForward();
    await page.waitForURL((url) => url.searchParams.get('drill') === 'channel:whatsapp;status:read');
    await heading.waitFor();
  });

  it('keeps a heatmap drill-down in the URL and reopens it on reload', async () => {
    const cell = page.locator('.heatmap-cell').first();
    await cell.waitFor();
    const label = (await cell.getAttribute('aria-label')) ?? '';
    await cell.click();
    await page.waitForURL((url) => /^dow:[1-7];hour:\d{1,2}$/.test(url.searchParams.get('drill') ?? ''));
    const drill = new URL(page.url()).searchParams.get('drill');
    const panel = page.getByTestId('messages-panel');
    const heading = panel.getByRole('heading', { level: 2, name: /^Messages: sent on / });
    await heading.waitFor();
    const title = await heading.textContent();
    // The cell "Monday 09:00: 3 sent, …" opens "Messages: sent on Monday at 09:00".
    const [, day, hour] = /^Messages: sent on (\S+) at (.+)$/.exec(title ?? '') ?? [];
    expect(label.startsWith(`${day} ${hour}:`)).toBe(true);
    await page.reload();
    await panel.getByRole('heading', { level: 2, name: title ?? '' }).waitFor();
    expect(new URL(page.url()).searchParams.get('drill')).toBe(drill);
    await panel.getByRole('button', { name: 'Close' }).click();
    await page.waitForURL((url) => !url.searchParams.has('drill'));
  });

  it('names the template read least, among templates with enough deliveries', async () => {
    const templates = region('Templates');
    await templates.locator('tbody tr').first().waitFor();
    const note = await page.getByTestId('read-least').textContent();
    const marked = templates.locator('tbody tr', { hasText: 'Read least' });
    if (/is read least/.test(note ?? '')) {
      expect(await marked.count()).toBe(1);
      // n is the delivered count, at least the minimum sample.
      const n = Number(/n = ([\d,]+) delivered/.exec(note ?? '')?.[1].replace(/,/g, ''));
      expect(n).toBeGreaterThanOrEqual(20);
    } else {
      expect(note).toMatch(/No template can be called read least/);
      expect(await marked.count()).toBe(0);
    }
    // Sorting by read rate puts the lowest first (templates without read receipts last).
    await templates.getByRole('button', { name: /^Read rate/ }).click();
    expect(await templates.getByRole('columnheader', { name: /^Read rate/ }).getAttribute('aria-sort')).toBe(
      'ascending',
    );
    const rates = (await templates.locator('tbody tr td:nth-child(12)').allTextContents())
      .map((text) => /^([\d.]+)%/.exec(text)?.[1])
      .filter((v): v is string => v !== undefined)
      .map(Number);
    expect(rates).toEqual([...rates].sort((a, b) => a - b));
    await templates.screenshot({ path: artifactPath('engagement', '07-templates-read-least.png') });
  });

  it('says when the figures were rolled up', async () => {
    // The seeded start waits for the roll-up, so there is a time to show.
    expect(await page.getByTestId('as-of').first().locator('span').first().textContent()).toMatch(
      /^Figures as of (\d{1,2} \w{3} \d{4}, )?\d{2}:\d{2}$/,
    );
    expect(await region('Templates').getByTestId('as-of').textContent()).toMatch(/^Figures as of /);
  });

  it('opens exactly the failed messages of a failure reason: its channel and error code', async () => {
    const open = page.getByTestId('messages-panel');
    if (await open.count()) await open.getByRole('button', { name: 'Close' }).click();
    const row = region('Failure reasons').locator('tbody tr').first();
    await row.waitFor();
    const code = (await row.locator('td').nth(1).textContent())?.trim();
    const countButton = row.getByRole('button');
    const count = Number((await countButton.textContent())?.replace(/\D/g, ''));
    expect(count).toBeGreaterThan(0);
    await countButton.click();
    await page.waitForURL(/[?&]drill=[^&]*code%3A/);
    const panel = page.getByTestId('messages-panel');
    await waitFor(
      () => panel.locator('.pager').textContent(),
      (text) => new RegExp(` of ${count.toLocaleString('en-GB')} `).test(text ?? ''),
      { what: "the failure reason's messages, as many as its count" },
    );
    // Every listed message failed with that code ("No code" lists those without one).
    const codes = await panel.locator('tbody tr td:nth-last-child(2)').allTextContents();
    expect(codes.length).toBeGreaterThan(0);
    for (const listed of codes) expect(listed.trim()).toBe(code === 'No code' ? '—' : code);
    await open.getByRole('button', { name: 'Close' }).click();
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
