/**
 * One browser session per test file: the built site served on loopback and headless Chromium.
 * Under the browser tests both are shared by every file (tests/setup/browser.ts starts them once);
 * a file that serves a site of its own (another build) passes a function that starts it. Every
 * page opens in its own browser context, closed after its test whether the test passed or not.
 */
import type { Server } from 'node:http';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, launch, recordForeignRequests } from './browser.ts';
import { serveDist } from './site.ts';

/** The site a session serves: dist/ as files, or as `npm start` serves it (headers, 404.html). */
export type SharedSite = 'dist' | 'host';

/** The shared server's origin, or a server of this file's own when no global setup started one. */
async function shared(site: SharedSite): Promise<{ server?: Server; origin: string }> {
  const origin = inject(site === 'dist' ? 'distOrigin' : 'hostOrigin');
  if (origin) return { origin };
  return serveDist({ asHost: site === 'host' });
}

/** Options of a page: its width, whether it runs JavaScript, whether it has a touch screen. */
export interface PageOptions {
  width?: number;
  javaScript?: boolean;
  touch?: boolean;
  /** Keep the page past its test, for tests that share one page; it closes with the session. */
  lasting?: boolean;
}

/**
 * Registers the session's hooks; returns a way to open pages and the site's origin. `serve` is
 * a shared site (by default dist/ at the root) or a function that starts a server of its own.
 */
export function browserSession(
  serve: SharedSite | (() => Promise<{ server: Server; origin: string }>) = 'dist',
) {
  let browser: Browser | undefined;
  let server: Server | undefined;
  let origin = '';
  const contexts: BrowserContext[] = [];
  const lasting: BrowserContext[] = [];
  beforeAll(async () => {
    ({ server, origin } = typeof serve === 'string' ? await shared(serve) : await serve());
    browser = await launch();
  });
  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((c) => c.close()));
  });
  afterAll(async () => {
    await Promise.all(lasting.splice(0).map((c) => c.close()));
    await browser?.close();
    server?.close();
  });
  async function blank({
    width = 1280,
    javaScript = true,
    touch = false,
    lasting: keep = false,
  }: PageOptions = {}): Promise<{
    page: Page;
    foreign: string[];
  }> {
    if (!browser) throw new Error('the browser is not running');
    const context = await browser.newContext({
      viewport: { width, height: 900 },
      javaScriptEnabled: javaScript,
      hasTouch: touch,
    });
    (keep ? lasting : contexts).push(context);
    const page = await context.newPage();
    return { page, foreign: recordForeignRequests(page, origin) };
  }
  return {
    /** The site's address, e.g. http://127.0.0.1:40123. */
    origin: () => origin,
    /** A blank page in its own context; `foreign` collects requests to any other host. */
    blank,
    /** Opens a path of the site in a new page; `status` is the HTTP status of the response. */
    async open(
      path: string,
      options: PageOptions = {},
    ): Promise<{ page: Page; foreign: string[]; status: number | undefined }> {
      const { page, foreign } = await blank(options);
      const response = await page.goto(`${origin}${path}`);
      return { page, foreign, status: response?.status() };
    },
  };
}

/** The pages' accessibility checks: zero axe violations (WCAG 2.2 AA) and no foreign request, at each width. */
export function describeAccessibility(
  session: ReturnType<typeof browserSession>,
  paths: readonly string[],
  widths: readonly number[] = [1280, 390],
): void {
  describe('accessibility and the network', () => {
    for (const path of paths) {
      for (const width of widths) {
        it(`${path} at ${width} px: zero axe violations (WCAG 2.2 AA), no request leaves the site`, async () => {
          const { page, foreign, status } = await session.open(path, { width });
          expect(status, path).toBe(200);
          expect(await axeViolations(page)).toEqual([]);
          expect(foreign).toEqual([]);
        });
      }
    }
  });
}
