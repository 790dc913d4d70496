import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium, newContext } from './browser';
import {
  freePort,
  killAllProductProcesses,
  removeDir,
  REPO_ROOT,
  startProductProcess,
  tempDir,
  type ProductProcess,
} from './product-process';
import { waitFor } from './wait-for';

/** How long the launcher may take to build what is missing, seed the demo tenant and say it is ready. */
export const SEEDED_PRODUCT_START_TIMEOUT_MS = 300_000;

export interface SeededProductOptions {
  /** Prefix of the temporary data directory. */
  name: string;
  adminEmail: string;
  adminPassword: string;
}

/** The product started as a new user starts it, with a real Chromium page not yet logged in. */
export interface SeededProduct {
  /** Where the launcher serves the dashboard, e.g. http://127.0.0.1:PORT. */
  url: string;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** Closes the browser, stops the product and removes its data; also kills it if it does not stop. */
  close(): Promise<void>;
}

/**
 * `node tools/start.mjs` with a small demo tenant (14 days, 3000 events) and the given first admin, plus a
 * fresh browser profile. Whatever was started is cleaned up again when the start fails.
 */
export async function startSeededProduct({
  name,
  adminEmail,
  adminPassword,
}: SeededProductOptions): Promise<SeededProduct> {
  const dataDir = tempDir(name);
  let product: ProductProcess | undefined;
  let browser: Browser | undefined;
  const close = async () => {
    await browser?.close();
    try {
      await product?.stop('SIGINT', 30_000);
    } finally {
      await killAllProductProcesses();
      removeDir(dataDir);
    }
  };
  try {
    const port = await freePort();
    product = await startProductProcess({
      name: 'checkmark (npm start)',
      script: join(REPO_ROOT, 'tools', 'start.mjs'),
      env: {
        PORT: String(port),
        DATA_DIR: dataDir,
        CHECKMARK_ADMIN_EMAIL: adminEmail,
        CHECKMARK_ADMIN_PASSWORD: adminPassword,
        SEED_DEMO_DAYS: '14',
        SEED_DEMO_EVENTS: '3000',
      },
      readyUrl: `http://127.0.0.1:${port}/healthz`,
      readyTimeoutMs: SEEDED_PRODUCT_START_TIMEOUT_MS,
    });
    const started = product;
    // Healthy is not enough: the launcher says "ready" once the demo data is loaded.
    const ready = await waitFor(
      () => {
        started.assertRunning();
        return /checkmark: ready at (http:\/\/\S+)/.exec(started.tail(400))?.[1];
      },
      Boolean,
      {
        timeoutMs: SEEDED_PRODUCT_START_TIMEOUT_MS,
        intervalMs: 250,
        what: 'the launcher to print "checkmark: ready at"',
      },
    );
    browser = await launchChromium();
    const context = await newContext(browser);
    const page = await context.newPage();
    return { url: ready!.replace('localhost', '127.0.0.1'), browser, context, page, close };
  } catch (error) {
    await close();
    throw error;
  }
}
