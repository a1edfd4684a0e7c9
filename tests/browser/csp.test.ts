/**
 * The Content Security Policy in Chromium, with the site served as a host serves it (dist/_headers
 * as real HTTP headers, and the meta policy in each page): every kind of page and every feature
 * that loads code or styles later (search dialog and page, previews, the Cite panel, highlights)
 * works, and the browser reports no `securitypolicyviolation` and no policy error.
 */
import type { Server } from 'node:http';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launch, recordForeignRequests } from '../helpers/browser.ts';
import { PAGE_TYPES, serveDist } from '../helpers/site.ts';

let browser: Browser | undefined;
let server: Server | undefined;
let origin = '';
beforeAll(async () => {
  ({ server, origin } = await serveDist({ asHost: true }));
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  server?.close();
});

interface Watched {
  page: Page;
  status: number | undefined;
  /** Requests to any other host. */
  foreign: string[];
  /** Console messages about a policy (CSP or Permissions-Policy). */
  console: string[];
  /** JavaScript dialogs (alert, confirm, prompt) that opened: content that ran as script. */
  dialogs: string[];
}
let current: Watched | undefined;
afterEach(async () => {
  await current?.page.context().close();
  current = undefined;
});

/** Opens a path with violations recorded from the first byte of the page. */
async function open(path: string): Promise<Watched> {
  if (!browser) throw new Error('the browser is not running');
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sample})`),
    );
  });
  const page = await context.newPage();
  const messages: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Permissions-Policy|Permissions Policy/i.test(m.text()))
      messages.push(m.text());
  });
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const foreign = recordForeignRequests(page, origin);
  const response = await page.goto(`${origin}${path}`);
  current = { page, status: response?.status(), foreign, console: messages, dialogs };
  return current;
}

/** Fails unless the page has had no violation, policy message, dialog or foreign request. */
async function expectClean({ page, foreign, console, dialogs }: Watched): Promise<void> {
  expect(dialogs).toEqual([]);
  expect(
    await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations),
  ).toEqual([]);
  expect(console).toEqual([]);
  expect(foreign).toEqual([]);
}

/** The layout's stylesheet and every <style> applied, and its scripts run. */
async function expectStyledAndScripted(page: Page): Promise<void> {
  await page.waitForLoadState('load');
  const sheets = await page.evaluate(() =>
    [
      ...document.querySelectorAll<HTMLLinkElement | HTMLStyleElement>(
        'link[rel=stylesheet], style',
      ),
    ].map((el) => el.sheet?.cssRules.length ?? 0),
  );
  expect(sheets.length).toBeGreaterThan(0);
  for (const rules of sheets) expect(rules).toBeGreaterThan(0);
  // The page's tools, woken by a focus on the Search link, make it a dialog button (but on
  // /search/): their script ran under the policy too.
  if (new URL(page.url()).pathname !== '/search/') {
    await page.locator('header a[href="/search/"]').focus();
    await page
      .locator('header a[href="/search/"][aria-haspopup="dialog"]')
      .waitFor({ state: 'attached' });
  }
}

describe('every kind of page', () => {
  it.each(PAGE_TYPES.filter((p) => !['/search/', '/no-such-page/'].includes(p)))(
    '%s loads its styles and scripts with no violation',
    async (path) => {
      const watched = await open(path);
      expect(watched.status).toBe(200);
      await expectStyledAndScripted(watched.page);
      await expectClean(watched);
    },
  );

  it('the 404 page, sent with status 404, likewise, and with zero axe violations', async () => {
    const watched = await open('/no-such-page/');
    expect(watched.status).toBe(404);
    expect(await watched.page.locator('h1').textContent()).toBe('Page not found');
    await expectStyledAndScripted(watched.page);
    await expectClean(watched);
    expect(await axeViolations(watched.page)).toEqual([]);
  });
});

describe('features that load code and styles later', () => {
  it('the search page finds results (Pagefind, its WebAssembly, its stylesheet)', async () => {
    const watched = await open('/search/?q=Cronin');
    const { page } = watched;
    await page.locator('#results li a').first().waitFor();
    expect(await page.locator('#results li').count()).toBeGreaterThan(0);
    await expectStyledAndScripted(page);
    await expectClean(watched);
  });

  it('the search page suggests a spelling (its matcher and word list, loaded on demand)', async () => {
    const watched = await open('/search/?q=Ikenbery');
    const { page } = watched;
    await page.locator('#results-status a.search-suggestion').waitFor();
    expect(await page.locator('#results-status a.search-suggestion').textContent()).toBe(
      'Ikenberry',
    );
    await expectClean(watched);
  });

  it('the search dialog opens and lists results', async () => {
    const watched = await open('/paper/');
    const { page } = watched;
    await expectStyledAndScripted(page);
    await page.keyboard.press('/');
    await page.keyboard.type('binding');
    await page.locator('dialog[open] [role=option]').first().waitFor();
    // Now with the dialog's stylesheet, adopted when the search code loads, which must apply too.
    await expectStyledAndScripted(page);
    await expectClean(watched);
  });

  it('a preview opens on a concept link in the paper', async () => {
    const watched = await open('/paper/');
    const { page } = watched;
    await page.locator('main a[href^="/concepts/"]').first().hover();
    await page.locator('[role=tooltip]').waitFor({ state: 'visible' });
    expect((await page.locator('[role=tooltip]').textContent())?.length).toBeGreaterThan(20);
    await expectStyledAndScripted(page);
    await expectClean(watched);
  });

  it('the Cite panel cites a passage and copies it', async () => {
    const watched = await open('/cite/#p12');
    const { page } = watched;
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    const out = page.locator('#passage-chicago');
    await page.locator('#passage-select:enabled').waitFor();
    expect(await out.textContent()).toContain('¶ 12');
    const copy = page.locator('#passage-out button').first();
    await copy.click();
    await expect.poll(() => copy.textContent()).toBe('Copied');
    await expectClean(watched);
    // Writing was allowed (clipboard-write=(self)); reading is not (clipboard-read=()).
    expect(
      await page.evaluate(() => navigator.clipboard.readText().catch((e: Error) => e.message)),
    ).toMatch(/permissions policy/i);
  });

  it('a search highlight marks the words in the paper', async () => {
    const watched = await open('/paper/?q=balance');
    const { page } = watched;
    await page.locator('main mark').first().waitFor();
    expect((await page.locator('main mark').first().textContent())?.toLowerCase()).toBe('balance');
    await expectStyledAndScripted(page);
    await expectClean(watched);
  });
});

describe('the recorder', () => {
  it('sees a violation, and a blocked style has no rules: a <style> the policy does not admit', async () => {
    const watched = await open('/about/');
    const { page } = watched;
    const rules = await page.evaluate(() => {
      const s = document.createElement('style');
      s.textContent = 'body { outline: 1px solid red }';
      document.head.append(s);
      return s.sheet?.cssRules.length ?? 0;
    });
    expect(rules).toBe(0);
    await expect
      .poll(() =>
        page.evaluate(
          () => (window as unknown as { cspViolations: string[] }).cspViolations.length,
        ),
      )
      .toBeGreaterThan(0);
  });
});
