/**
 * One browser session per test file: the built site served on loopback and headless Chromium,
 * started before the tests and stopped after them. Every page opens in its own browser context,
 * closed after its test whether the test passed or not.
 */
import type { Server } from 'node:http';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launch, recordForeignRequests } from './browser.ts';
import { serveDist } from './site.ts';

/** Options of a page: its width, whether it runs JavaScript, whether it has a touch screen. */
export interface PageOptions {
  width?: number;
  javaScript?: boolean;
  touch?: boolean;
}

/**
 * Registers the session's hooks; returns a way to open pages and the site's origin. `serve`
 * starts the site (by default dist/ at the root).
 */
export function browserSession(
  serve: () => Promise<{ server: Server; origin: string }> = serveDist,
) {
  let browser: Browser | undefined;
  let server: Server | undefined;
  let origin = '';
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    ({ server, origin } = await serve());
    browser = await launch();
  });
  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((c) => c.close()));
  });
  afterAll(async () => {
    await browser?.close();
    server?.close();
  });
  async function blank({
    width = 1280,
    javaScript = true,
    touch = false,
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
    contexts.push(context);
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
