/**
 * One browser session per test file: the built site served on loopback and headless Chromium,
 * started before the tests and stopped after them.
 */
import type { Server } from 'node:http';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launch, recordForeignRequests } from './browser.ts';
import { serveDist } from './site.ts';

/** Options of a page: its width, and whether it runs JavaScript. */
export interface PageOptions {
  width?: number;
  javaScript?: boolean;
}

/** Registers the session's hooks; returns a way to open pages and the site's origin. */
export function browserSession() {
  let browser: Browser | undefined;
  let server: Server | undefined;
  let origin = '';
  beforeAll(async () => {
    ({ server, origin } = await serveDist());
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    server?.close();
  });
  async function blank({ width = 1280, javaScript = true }: PageOptions = {}): Promise<{ page: Page; foreign: string[] }> {
    if (!browser) throw new Error('the browser is not running');
    const context = await browser.newContext({ viewport: { width, height: 900 }, javaScriptEnabled: javaScript });
    const page = await context.newPage();
    return { page, foreign: recordForeignRequests(page, origin) };
  }
  return {
    /** The site's address, e.g. http://127.0.0.1:40123. */
    origin: () => origin,
    /** A blank page in its own context; `foreign` collects requests to any other host. */
    blank,
    /** Opens a path of the site in a new page; `status` is the HTTP status of the response. */
    async open(path: string, options: PageOptions = {}): Promise<{ page: Page; foreign: string[]; status: number | undefined }> {
      const { page, foreign } = await blank(options);
      const response = await page.goto(`${origin}${path}`);
      return { page, foreign, status: response?.status() };
    },
  };
}
