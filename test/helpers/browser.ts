import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { REPO_ROOT } from './product-process';

/** The system Chromium (Debian package `chromium`); nothing is downloaded at install time. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Screenshots and downloads of browser tests, kept after the run (gitignored; CI uploads the folder). */
export const ARTIFACTS_DIR = join(REPO_ROOT, 'test-artifacts');

export function artifactPath(...parts: string[]): string {
  const path = join(ARTIFACTS_DIR, ...parts);
  mkdirSync(join(path, '..'), { recursive: true });
  return path;
}

/** Headless Chromium with the flags that keep it quiet and sandbox-free on build machines. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** A fresh browser profile: laptop-sized viewport, English, downloads allowed. */
export function newContext(
  browser: Browser,
  options: { width?: number; height?: number; locale?: string } = {},
): Promise<BrowserContext> {
  return browser.newContext({
    viewport: { width: options.width ?? 1366, height: options.height ?? 900 },
    locale: options.locale ?? 'en-GB',
    timezoneId: 'UTC',
    acceptDownloads: true,
  });
}

/**
 * One GraphQL request made by the logged-in page itself (its session cookie), as the dashboard makes it; the data,
 * or an error naming the GraphQL errors.
 */
export async function pageGraphql<T>(page: Page, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const body = await page.evaluate(
    async ({ query, variables }) => {
      const response = await fetch('/graphql', {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as { data?: unknown; errors?: unknown };
    },
    { query, variables },
  );
  if (body.errors) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
  return body.data as T;
}
