/**
 * `<link-previews>` in Chromium, connected more than once (moved in the page): it wires the page
 * once, and the links that get a preview are those its `entries` name now, not every folder it
 * was ever given.
 */
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { browserSession } from '../helpers/session.ts';

const session = browserSession();

/** Takes the element out of the page and puts it back, `times` times, with `entries`. */
async function reconnect(page: Page, times: number, entries: string): Promise<void> {
  await page.evaluate(
    ([n, e]) => {
      const element = document.querySelector('link-previews')!;
      element.setAttribute('entries', e as string);
      for (let i = 0; i < (n as number); i++) document.body.append(element);
    },
    [times, entries],
  );
}

/** How many listeners of `type` the document holds, as Chromium's DevTools count them. */
async function documentListeners(page: Page, type: string): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  const { result } = await cdp.send('Runtime.evaluate', { expression: 'document' });
  const { listeners } = await cdp.send('DOMDebugger.getEventListeners', {
    objectId: result.objectId!,
  });
  return listeners.filter((l) => l.type === type).length;
}

it('wires the page once however often the element is connected', async () => {
  const { page } = await session.open('/paper/', { width: 1280 });
  const before = await documentListeners(page, 'pointerdown');
  await reconnect(page, 5, '/concepts/ /cases/ /sources/');
  expect(await documentListeners(page, 'pointerdown')).toBe(before);
});

it('previews the links of the folders its entries name now', async () => {
  const { page } = await session.open('/paper/', { width: 1280 });
  await reconnect(page, 3, '/cases/');
  const preview = page.locator('#link-preview');
  await page.locator('main a[href^="/cases/"]').first().hover();
  await preview.waitFor({ state: 'visible' });
  await page.mouse.move(0, 0);
  await preview.waitFor({ state: 'hidden' });
  // A concept link: no longer in a folder the element names, so no preview.
  await page.locator('main a[href^="/concepts/"]').first().hover();
  // The texts are in by now: a preview would be drawn before the next frame.
  const shown = await page.evaluate(
    () =>
      new Promise((resolve) =>
        requestAnimationFrame(() => resolve(!document.getElementById('link-preview')!.hidden)),
      ),
  );
  expect(shown).toBe(false);
});
