/**
 * Citations in Chromium: the preview popover by keyboard and by pointer (WCAG 1.4.13), the Cite
 * page's passage citations, and accessibility of the source pages.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSession, describeAccessibility } from '../helpers/session.ts';

const session = browserSession();

async function open(path: string, width = 1280): Promise<Page> {
  return (await session.open(path, { width })).page;
}

const tip = (page: Page) => page.locator('#link-preview');

describe('the source preview', () => {
  it('opens when a citation in a note gets keyboard focus, and Esc closes it without moving focus', async () => {
    const page = await open('/paper/');
    await page.locator('#n31 [role=doc-backlink]').focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(
      '/sources/cronin-1999/',
    );
    await tip(page).waitFor({ state: 'visible' });
    expect(await tip(page).textContent()).toContain('Community Under Anarchy');
    expect(await tip(page).getAttribute('role')).toBe('tooltip');
    expect(
      await page.evaluate(() => document.activeElement?.getAttribute('aria-describedby')),
    ).toBe('link-preview');
    await page.keyboard.press('Escape');
    expect(await tip(page).isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(
      '/sources/cronin-1999/',
    );
  });

  it('shows the works a note cites when its reference is hovered (its sidenote out of view), and stays while the pointer is on it', async () => {
    const { page } = await session.blank();
    // The preview hides 300 ms after the pointer leaves: the test drives the page's clock past
    // that delay instead of sleeping.
    await page.clock.install();
    await page.goto(`${session.origin()}/paper/`);
    // Only for a note not wholly on screen (none pops up over a sidenote in view): the reference
    // at the foot of the window, its sidenote running on below it.
    await page.evaluate(() => {
      const top = document.getElementById('nref3')?.getBoundingClientRect().top ?? 0;
      window.scrollBy(0, top - window.innerHeight + 40);
    });
    await page.locator('#nref3').hover();
    await tip(page).waitFor({ state: 'visible' });
    expect(await tip(page).textContent()).toContain('Cronin');
    await tip(page).hover();
    await page.clock.runFor(600);
    expect(await tip(page).isVisible()).toBe(true);
    await page.mouse.move(5, 5);
    await page.clock.runFor(600);
    expect(await tip(page).isVisible()).toBe(false);
  });

  it('previews a concept marked in the text', async () => {
    const page = await open('/paper/');
    await page.locator('#p1 ~ p a[href="/concepts/balance-of-power/"]').first().focus();
    await tip(page).waitFor({ state: 'visible' });
    expect(await tip(page).textContent()).toMatch(/^Balance of power/i);
  });
});

describe('on a touch screen', () => {
  it('a tap on a concept shows its preview first, with a link on to its page', async () => {
    const { page } = await session.open('/paper/', { width: 390, touch: true });
    const mark = page.locator('.paper-section a[href^="/concepts/"]').first();
    const href = (await mark.getAttribute('href')) ?? '';
    await mark.tap();
    const tip = page.locator('[role=tooltip]');
    await tip.waitFor({ state: 'visible' });
    expect(new URL(page.url()).pathname).toBe('/paper/');
    await tip.getByRole('link', { name: 'Open the page' }).tap();
    await page.waitForURL((u) => u.pathname === href);
  });
});

describe('the Cite page', () => {
  it('cites a paragraph with its page, ¶ N and its permalink', async () => {
    const page = await open('/cite/#p12');
    const chicago = page.locator('#passage-chicago');
    // The blocks hold ¶ 1 as built; the chooser is enabled once they follow it.
    await page.locator('#passage-select:enabled').waitFor();
    const text = (await chicago.textContent()) ?? '';
    expect(text).toContain('p. 5, ¶ 12');
    expect(text).toContain('/paper/#p12');
    await page.selectOption('#passage-select', 'n3');
    await expect.poll(async () => page.locator('#passage-bibtex').textContent()).toContain('#n3');
    // A note is on the page of its marker; a paragraph over two pages cites both.
    expect(await page.locator('#passage-bibtex').textContent()).toContain('p. 3, n. 3');
    await page.selectOption('#passage-select', 'p3');
    await expect.poll(async () => chicago.textContent()).toContain('pp. 1–2, ¶ 3');
  });
});

describeAccessibility(session, ['/sources/', '/sources/cronin-1999/', '/cite/']);
