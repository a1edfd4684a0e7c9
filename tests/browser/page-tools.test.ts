/**
 * The page's tools (`<page-tools>`, src/scripts/page-tools-wake.ts) in Chromium: a page that is
 * only read loads none of their code; the first event that concerns them loads it, and what the
 * reader did while it loaded is done, once, when it has: a press of Settings, a search shortcut
 * and the letters typed after it, a hover on a concept.
 */
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { browserSession } from '../helpers/session.ts';

const session = browserSession();

/**
 * Holds /page-tools.js until `release()` is called, so that events come while it loads; returns
 * once the page's wake script listens (it shows the tools' controls), so that no event comes first.
 */
async function holdTools(page: Page): Promise<{ release: () => void; asked: Promise<unknown> }> {
  let release = () => {};
  const gate = new Promise<void>((resolve) => (release = resolve));
  let asked: (value: unknown) => void = () => {};
  const requested = new Promise((resolve) => (asked = resolve));
  await page.route('**/page-tools.js', async (route) => {
    asked(undefined);
    await gate;
    await route.continue();
  });
  await page.locator('reader-settings > button').waitFor({ state: 'visible' });
  return { release, asked: requested };
}

it('loads none of the tools for a page that is only read', async () => {
  const { page } = await session.open('/paper/', { width: 1280 });
  const tools: string[] = [];
  page.on('request', (r) => {
    if (r.url().endsWith('/page-tools.js')) tools.push(r.url());
  });
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
  expect(tools).toEqual([]);
  expect(await page.evaluate(() => customElements.get('reader-settings') === undefined)).toBe(true);
  // The controls are shown all the same, in their place.
  await expect.poll(() => page.locator('reader-settings > button').isVisible()).toBe(true);
});

it('opens Settings pressed while its code was loading, once', async () => {
  const { page } = await session.open('/paper/', { width: 1280 });
  const held = await holdTools(page);
  await page.locator('reader-settings > button').click();
  await held.asked;
  held.release();
  // Opened, not opened and closed again by a press handled twice.
  await expect
    .poll(() => page.locator('reader-settings > button').getAttribute('aria-expanded'))
    .toBe('true');
});

it('opens search on "/" typed while the tools loaded, with the letters typed after it', async () => {
  const { page } = await session.open('/paper/', { width: 1280 });
  const held = await holdTools(page);
  await page.keyboard.press('/');
  await held.asked;
  await page.keyboard.type('asean');
  held.release();
  const field = page.locator('dialog input[type=search], dialog input[name=q]').first();
  await field.waitFor({ state: 'visible' });
  await expect.poll(() => field.inputValue()).toBe('asean');
});

it('previews a concept hovered first, and the tools take over the page', async () => {
  const { page } = await session.open('/paper/', { width: 1280 });
  await page.locator('main a[href^="/concepts/"]').first().hover();
  await page.locator('#link-preview').waitFor({ state: 'visible' });
  await page.mouse.move(0, 0);
  await page.locator('#link-preview').waitFor({ state: 'hidden' });
  // The wait has let go: its capturing listeners are gone once the tools run.
  expect(await page.evaluate(() => customElements.get('search-launcher') !== undefined)).toBe(true);
});
