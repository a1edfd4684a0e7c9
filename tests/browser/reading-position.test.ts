/**
 * Finding one's way in the long paper, in Chromium: the contents rail that follows the reader
 * on wide screens and marks the section in view, the reading-progress bar, the offer to resume
 * where the reader stopped (an offer, never a jump), and the back-to-top button.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../helpers/browser.ts';
import { browserSession } from '../helpers/session.ts';

const session = browserSession();

/** Opens a page once the reading aids have started (the progress bar is their first mark). */
async function ready(page: Page): Promise<Page> {
  await page.locator('.reading-progress').waitFor({ state: 'attached' });
  return page;
}

/**
 * Opens a page as a first visit and starts its reading aids, which a first visit loads on the
 * reader's first scroll (src/scripts/page-tools-wake.ts): the page hears one, at the top.
 */
async function open(path = '/paper/', width = 1280): Promise<Page> {
  const { page } = await session.open(path, { width });
  await page.evaluate(() => dispatchEvent(new Event('scroll')));
  return ready(page);
}

const current = (page: Page) =>
  page.locator('.toc a[aria-current="true"]').getAttribute('href', { timeout: 5000 });

/** The progress bar's scale, from its transform. */
const progress = (page: Page) =>
  page.evaluate(
    () => new DOMMatrix(getComputedStyle(document.querySelector('.reading-progress')!).transform).a,
  );

/** Scrolls a passage to the top and waits until its place is stored. */
async function readUpTo(page: Page, id: string): Promise<void> {
  await page.evaluate((i) => document.getElementById(i)!.scrollIntoView(), id);
  await page.waitForFunction((i) => localStorage.getItem('edition:reading-position') === i, id);
}

describe('the code', () => {
  it('loads on a first visit only once the reader scrolls, and at once for a #passage', async () => {
    const { page } = await session.open('/paper/');
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await page.waitForLoadState('networkidle');
    expect(requested).not.toContain('/reading-position.js');
    expect(await page.locator('.reading-progress').count()).toBe(0);
    await page.mouse.move(640, 450);
    await page.mouse.wheel(0, 3000);
    await ready(page);
    expect(requested).toContain('/reading-position.js');
    // The scroll that brought the code in counts: the place is stored.
    await page.waitForFunction(() => localStorage.getItem('edition:reading-position'));

    const linked = (await session.open('/paper/#p40')).page;
    await ready(linked);
    await linked
      .locator('.toc a[href="#japans-ambivalent-multilateralism"][aria-current="true"]')
      .waitFor();
  });
});

describe('the contents rail', () => {
  it('stays in view beside the text on wide screens and marks the section in view', async () => {
    const page = await open();
    expect(await page.locator('.toc').evaluate((n) => getComputedStyle(n).position)).toBe('sticky');
    expect(await current(page)).toBe('#introduction');
    for (const id of ['liberal-grand-strategy', 'japans-ambivalent-multilateralism']) {
      await page.locator(`#${id}`).scrollIntoViewIfNeeded();
      await page.evaluate((i) => document.getElementById(i)!.scrollIntoView(), id);
      await page.locator(`.toc a[href="#${id}"][aria-current="true"]`).waitFor();
      expect(await page.locator('.toc a[aria-current]').count()).toBe(1);
      const box = await page.locator('.toc').boundingBox();
      expect(box!.y).toBeGreaterThanOrEqual(0);
      expect(box!.y + box!.height).toBeLessThanOrEqual(900);
    }
    // By keyboard: End goes to the foot of the page, where the list of notes is.
    await page.locator('body').click({ position: { x: 5, y: 300 } });
    await page.keyboard.press('End');
    await page.locator('.toc a[href="#notes"][aria-current="true"]').waitFor();
  });

  it('wheel scrolling moves the mark on, and the rail never overlaps the text', async () => {
    const page = await open();
    await page.mouse.move(640, 450);
    const before = await current(page);
    await page.mouse.wheel(0, 12000);
    await page.waitForFunction(
      (b) => document.querySelector('.toc a[aria-current="true"]')?.getAttribute('href') !== b,
      before,
    );
    const rail = (await page.locator('.toc').boundingBox())!;
    const text = (await page.locator('.paper-section > p').first().boundingBox())!;
    expect(rail.x + rail.width).toBeLessThan(text.x - 40);
  });

  for (const width of [1120, 1280, 390]) {
    it(`adds no sideways scrolling at ${width} px`, async () => {
      const page = await open('/paper/', width);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        width,
      );
    });
  }

  it('is the ordinary contents, in the flow of the page, on narrow screens', async () => {
    const page = await open('/paper/', 390);
    expect(await page.locator('.toc').evaluate((n) => getComputedStyle(n).position)).toBe('static');
  });
});

describe('the reading-progress bar', () => {
  it('grows as the reader goes on, and is hidden from assistive technology', async () => {
    const page = await open();
    expect(await progress(page)).toBe(0);
    await page.evaluate(() => document.getElementById('p40')!.scrollIntoView());
    await page.waitForFunction(() => {
      const t = new DOMMatrix(
        getComputedStyle(document.querySelector('.reading-progress')!).transform,
      );
      return t.a > 0.2;
    });
    const middle = await progress(page);
    expect(middle).toBeLessThan(0.9);
    await page.keyboard.press('End');
    await page.waitForFunction(
      (m) =>
        new DOMMatrix(getComputedStyle(document.querySelector('.reading-progress')!).transform).a >
        m,
      middle,
    );
    expect(await page.locator('.reading-progress').getAttribute('aria-hidden')).toBe('true');
  });
});

describe('the offer to resume', () => {
  it('appears on return, is reachable by keyboard, passes axe, and takes the reader there', async () => {
    const page = await open();
    expect(await page.locator('.resume-offer').count()).toBe(0);
    await readUpTo(page, 'p40');
    // A return visit: the same address again, at the top of the page.
    await page.goto(page.url());
    await ready(page);
    const offer = page.locator('.resume-offer');
    await offer.waitFor();
    expect(await offer.textContent()).toContain('Japan’s Ambivalent Multilateralism');
    expect(await page.evaluate(() => scrollY)).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    // The offer comes early in the keyboard's order: after the skip link and the site's links.
    let steps = 0;
    while (
      !(await page.evaluate(() => document.activeElement?.closest('.resume-offer') !== null)) &&
      steps++ < 20
    ) {
      await page.keyboard.press('Tab');
    }
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Resume at ¶ 40');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => {
      // At the top of the viewport, give or take the passage's scroll margin.
      const r = document.getElementById('p40')!.getBoundingClientRect();
      return r.top >= 0 && r.top < 60;
    });
    await offer.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('p40');
  });

  it('disappears when dismissed, with the button or Esc, and focus goes to the text', async () => {
    const page = await open();
    await readUpTo(page, 'p30');
    await page.goto(page.url());
    await ready(page);
    const offer = page.locator('.resume-offer');
    await offer.getByRole('button', { name: 'Dismiss' }).click();
    await offer.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => scrollY)).toBe(0);

    await page.goto(page.url());
    await ready(page);
    await offer.getByRole('link').focus();
    await page.keyboard.press('Escape');
    await offer.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    expect(await page.evaluate(() => scrollY)).toBe(0);
  });

  it('is not offered where it is not needed: a link to a passage, or the place already in view', async () => {
    const page = await open();
    await readUpTo(page, 'p30');
    // Arriving by a link to a passage: the reader is where the link meant.
    await page.goto(page.url().replace(/(#.*)?$/, '#p12'));
    await ready(page);
    expect(await page.locator('.resume-offer').count()).toBe(0);
    // Reloading: the browser itself restores the reader's place, and the offer would be redundant.
    await page.goto(page.url().replace(/#.*$/, ''));
    await ready(page);
    await readUpTo(page, 'p30');
    await page.reload();
    await ready(page);
    expect(
      await page.evaluate(() => document.getElementById('p30')!.getBoundingClientRect().top),
    ).toBeLessThan(100);
    expect(await page.locator('.resume-offer').count()).toBe(0);
  });

  it('fits a phone screen', async () => {
    const page = await open('/paper/', 390);
    await readUpTo(page, 'p30');
    await page.goto(page.url());
    await ready(page);
    const box = (await page.locator('.resume-offer').boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe('back to top', () => {
  it('appears once the reader has scrolled, and goes back to the top with focus', async () => {
    const page = await open();
    const top = page.getByRole('button', { name: 'Back to top' });
    expect(await top.isVisible()).toBe(false);
    await page.evaluate(() => document.getElementById('p20')!.scrollIntoView());
    await top.waitFor();
    await top.click();
    await page.waitForFunction(() => scrollY === 0);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
  });
});
