/**
 * What stands over the paper's text, in real headless Chromium at 1280, 1024, 768 and 390 px
 * (issue 18, points 6 to 8): My notes and Back to top over no line of text or note (on a phone,
 * only while the reader scrolls up), and My notes opened from there without leaving the place;
 * the offer to resume gone once the reader scrolls or reaches its passage; the reader's note
 * cards set as the margin notes; one button look in light, dark and sepia, with a visible focus;
 * the contents rail level with the title; one control at the head of each paragraph; zero axe
 * violations with each popover open in each theme; no layout shift on load or when the tools
 * wake. One page per test, resized and re-themed within it: the widths and themes share a load.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { noteRefId, sidenoteId } from '../../src/lib/site/ids.ts';
import { STORAGE_KEY as POSITION_KEY } from '../../src/scripts/reading-position-key.ts';
import { axeViolations, COLOUR_RULES } from '../helpers/browser.ts';
import { contrast } from '../helpers/contrast.ts';
import { browserSession } from '../helpers/session.ts';

const session = browserSession();

const WIDTHS = [1280, 1024, 768, 390] as const;
const THEMES = ['light', 'dark', 'sepia'] as const;

/** Sets the viewport (900 px high) and waits for the page to lay itself out at that width. */
async function resize(page: Page, width: number): Promise<void> {
  await page.setViewportSize({ width, height: 900 });
  await settle(page);
}

/** Waits three frames: a scroll or resize is answered, and what it changed is drawn. */
function settle(page: Page): Promise<void> {
  return page.evaluate(async () => {
    for (let i = 0; i < 3; i++) await new Promise((r) => requestAnimationFrame(r));
  });
}

/** Scrolls the page to `y`, as the reader's scrolling would, and lets the page answer. */
async function scrollAt(page: Page, y: number): Promise<void> {
  await page.evaluate((to) => scrollTo(0, to), y);
  await page.waitForFunction((to) => Math.abs(scrollY - to) < 1, y);
  await settle(page);
}

/** Sets a theme as the settings do before the first paint (data-theme on <html>). */
function theme(page: Page, name: (typeof THEMES)[number]): Promise<void> {
  return page.evaluate((t) => document.documentElement.setAttribute('data-theme', t), name);
}

/**
 * The lines of text and the notes on screen that `selector`'s boxes cover: every text of the
 * main region (paragraphs, headings, margin notes, the contents) but the element's own.
 */
function covered(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((sel) => {
    const boxes = [...document.querySelectorAll(sel)]
      .filter((el) => el.checkVisibility())
      .map((el) => el.getBoundingClientRect());
    const hit = (a: DOMRect, b: DOMRect) =>
      a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    const out: string[] = [];
    const walk = document.createTreeWalker(document.querySelector('main')!, NodeFilter.SHOW_TEXT);
    for (let n = walk.nextNode(); n; n = walk.nextNode()) {
      const owner = n.parentElement;
      if (!n.textContent?.trim() || !owner || owner.closest(sel) || !owner.checkVisibility())
        continue;
      const range = document.createRange();
      range.selectNodeContents(n);
      for (const line of range.getClientRects()) {
        if (line.bottom < 0 || line.top > innerHeight) continue;
        if (boxes.some((b) => hit(b, line)))
          out.push(`${owner.closest('[id]')?.id}: ${n.textContent.trim().slice(0, 30)}`);
      }
    }
    // Margin notes and the reader's note cards, as boxes: their padding belongs to them too.
    for (const note of document.querySelectorAll('.sidenote, .an-card')) {
      const r = note.getBoundingClientRect();
      if (note.checkVisibility() && boxes.some((b) => hit(b, r))) out.push(`note ${note.id}`);
    }
    return out;
  }, selector);
}

const TOOLS = '.reading-tools';
const shown = (page: Page) => page.locator(TOOLS).isVisible();

describe('My notes and Back to top', () => {
  it('cover no text at 1280, 1024, 768 and 390 px: in the rail, in the margin, or on a phone only while the reader scrolls up', async () => {
    const { page } = await session.open('/paper/', { width: 1280 });
    const text = page.locator('.paper-section > p').first();
    for (const width of WIDTHS) {
      await resize(page, width);
      await scrollAt(page, 0);
      // Where the reader begins, the page's own My notes is on screen, and nothing is added.
      expect(await shown(page), `${width} px, at the top`).toBe(false);
      // Scrolled by script, not by the wheel, whose smooth scrolling would run on past the place.
      await scrollAt(page, 3000);
      await page.locator('.reading-progress').waitFor({ state: 'attached' });
      await scrollAt(page, 3400);
      const phone = width < 700;
      expect(await shown(page), `${width} px, reading on`).toBe(!phone);
      if (phone) {
        // Scrolling up, looking for something: they rise; reading on again: they go.
        await scrollAt(page, 3300);
        expect(await shown(page), `${width} px, scrolling up`).toBe(true);
        await scrollAt(page, 3310);
        expect(await shown(page), `${width} px, reading on again`).toBe(false);
        await scrollAt(page, 3200);
      } else {
        expect(await covered(page, TOOLS), `${width} px`).toEqual([]);
        const tools = (await page.locator(TOOLS).boundingBox())!;
        const column = (await text.boundingBox())!;
        // Beside the text: left of it in the rail, right of it in the margin.
        expect(
          tools.x + tools.width <= column.x || tools.x >= column.x + column.width,
          `${width} px`,
        ).toBe(true);
        if (width >= 1024)
          expect(await page.locator(`.toc ${TOOLS}`).evaluate((t) => t.dataset['place'])).toBe(
            'rail',
          );
      }
      // My notes from here opens the panel where the reader is, and Esc comes back to it.
      const y = await page.evaluate(() => scrollY);
      await page.locator(TOOLS).getByRole('button', { name: 'My notes' }).click();
      const panel = page.getByRole('dialog', { name: 'My notes' });
      await expect.poll(() => panel.isVisible()).toBe(true);
      expect(await page.evaluate(() => scrollY)).toBe(y);
      await page.keyboard.press('Escape');
      await expect.poll(() => panel.isVisible()).toBe(false);
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('My notes');
      expect(await page.evaluate(() => scrollY)).toBe(y);
      // Back near the top, they go.
      await page.locator('main').focus();
      await scrollAt(page, 300);
      expect(await shown(page), `${width} px, near the top`).toBe(false);
    }
  });

  it('Back to top goes to the top on a phone, with focus at the start of the text', async () => {
    const { page } = await session.open('/paper/', { width: 390 });
    await scrollAt(page, 3000);
    await page.locator('.reading-progress').waitFor({ state: 'attached' });
    await scrollAt(page, 2900);
    await page.locator(TOOLS).getByRole('button', { name: 'Back to top' }).click();
    await page.waitForFunction(() => scrollY === 0);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await settle(page);
    expect(await shown(page)).toBe(false);
  });
});

describe('the offer to resume', () => {
  it('goes once the reader scrolls, or reaches its passage, at every width', async () => {
    await Promise.all(
      WIDTHS.map(async (width) => {
        const { page } = await session.blank({ width });
        // Stored before each load: the reading aids of the page left may store another place.
        await page.addInitScript((key) => localStorage.setItem(key, 'p30'), POSITION_KEY);
        const offer = page.locator('.resume-offer');
        for (const reach of [
          // A turn of the wheel: the reader reads on from here.
          () => page.mouse.wheel(0, 120),
          // The passage itself, by the contents or the keyboard.
          () => page.evaluate(() => document.getElementById('p30')!.scrollIntoView()),
        ]) {
          await page.goto(`${session.origin()}/paper/`);
          await offer.waitFor();
          expect(await page.evaluate(() => scrollY)).toBe(0);
          await page.mouse.move(width / 2, 450);
          await reach();
          await offer.waitFor({ state: 'detached' });
        }
        // Not while the reader is in it: it waits for a choice.
        await page.goto(`${session.origin()}/paper/`);
        await offer.getByRole('link').focus();
        await scrollAt(page, 200);
        expect(await offer.isVisible(), `${width} px`).toBe(true);
        await offer.getByRole('button', { name: 'Dismiss' }).click();
        await offer.waitFor({ state: 'detached' });
      }),
    );
  });
});

describe('the reader’s note cards', () => {
  it('are set as the margin notes beside them, at every width', async () => {
    const { page } = await session.open('/paper/', { width: 1280 });
    await page.evaluate(() =>
      localStorage.setItem(
        'edition-annotations',
        JSON.stringify([
          {
            id: 'urn:uuid:card-p12',
            motivation: 'commenting',
            note: 'A note of my own.',
            created: '2026-01-01T00:00:00.000Z',
            modified: '2026-01-01T00:00:00.000Z',
            targets: [{ root: 'p12', quote: { type: 'TextQuoteSelector', exact: 'inevitable' } }],
          },
        ]),
      ),
    );
    await page.reload();
    await page.locator('[data-an-card] .an-card-text').waitFor();
    const type = (selector: string) =>
      page.locator(selector).evaluate((el) => {
        const s = getComputedStyle(el);
        return { size: s.fontSize, family: s.fontFamily, lineHeight: s.lineHeight };
      });
    for (const width of WIDTHS) {
      await resize(page, width);
      const note = await type(`#${sidenoteId(7)}`);
      expect(await type('[data-an-card] .an-card-text'), `${width} px`).toEqual(note);
      expect(parseFloat(note.size)).toBeLessThan(
        parseFloat(await page.locator('#p12').evaluate((p) => getComputedStyle(p).fontSize)),
      );
    }
  });
});

describe('buttons', () => {
  it('have one look in light, dark and sepia at every width: AA text and frame, and a visible focus ring', async () => {
    const { page } = await session.open('/paper/', { width: 1280 });
    const buttons = ['reader-settings > button', '#my-notes'];
    await page.locator('#my-notes').waitFor();
    const looks = new Set<string>();
    for (const width of WIDTHS) {
      await resize(page, width);
      for (const name of THEMES) {
        await theme(page, name);
        for (const selector of buttons) {
          const button = page.locator(selector);
          await button.focus();
          const s = await button.evaluate((b) => {
            const c = getComputedStyle(b);
            const page = getComputedStyle(document.documentElement).backgroundColor;
            // The theme's note colour, as the page resolves it: the fill of every button.
            const probe = document.body.appendChild(document.createElement('span'));
            probe.style.background = 'var(--note-bg)';
            const noteColour = getComputedStyle(probe).backgroundColor;
            probe.remove();
            return {
              noteColour,
              look: [c.fontFamily, c.fontSize, c.borderRadius, c.borderTopWidth].join(' '),
              ink: c.color,
              fill: c.backgroundColor,
              frame: c.borderTopColor,
              ring: `${c.outlineStyle} ${c.outlineWidth}`,
              ringColour: c.outlineColor,
              page,
            };
          });
          const where = `${selector} ${name} ${width} px`;
          looks.add(s.look);
          expect(s.fill, where).toBe(s.noteColour);
          expect(contrast(s.ink, s.fill), where).toBeGreaterThanOrEqual(4.5);
          expect(contrast(s.frame, s.page), where).toBeGreaterThanOrEqual(3);
          expect(s.ring, where).toBe('solid 3px');
          expect(contrast(s.ringColour, s.page), where).toBeGreaterThanOrEqual(3);
        }
      }
    }
    // Their own face and size, not the browser's 13.3 px: 0.9 of the root's 17 px.
    expect([...looks]).toEqual(['system-ui, sans-serif 15.3px 5.1px 1px']);
  });
});

describe('the contents rail and the paragraphs’ controls', () => {
  it('the rail’s top is level with the title’s at 1280 and 1024 px; each paragraph opens with one control, its ¶ number', async () => {
    const { page } = await session.open('/paper/', { width: 1280 });
    // Below 1024 px the contents are in the flow, under the title block.
    for (const width of [1280, 1024]) {
      await resize(page, width);
      const [rail, title] = await Promise.all(
        ['.toc h2', '.title-block h1'].map((s) =>
          page.locator(s).evaluate((el) => el.getBoundingClientRect().top),
        ),
      );
      expect(Math.abs(rail! - title!), `${width} px`).toBeLessThanOrEqual(2);
    }
    const heads = await page.evaluate(() =>
      [...document.querySelectorAll('.paper-section > p')].map((p) => {
        const controls = [...p.querySelectorAll('a, button')].filter(
          (c) => !c.matches('[role=doc-noteref], [href*="/concepts/"], [href*="/cases/"], .gap'),
        );
        return `${controls[0] === p.firstElementChild} ${p.querySelectorAll('.passage-cite').length}`;
      }),
    );
    expect(heads.length).toBeGreaterThan(40);
    expect(new Set(heads)).toEqual(new Set(['true 0']));
  });
});

describe('popovers', () => {
  /** Each popover: how to open it, and what it is. */
  const POPOVERS: [string, string, (page: Page) => Promise<unknown>][] = [
    ['search dialog', 'dialog.search-dialog', (page) => page.keyboard.press('/')],
    [
      'settings',
      '#reader-settings-panel',
      (page) => page.locator('reader-settings > button').click(),
    ],
    ['My notes', '#an-panel', (page) => page.locator('#my-notes').click()],
    ['cite popover', '#cite-popover', (page) => page.locator('#p12 > a:first-child').click()],
    // In place below its paragraph on narrow screens, marked in the margin on wide ones.
    ['note opened', `#${sidenoteId(19)}.open`, (page) => page.locator(`#${noteRefId(19)}`).click()],
    [
      'preview',
      '#link-preview',
      (page) => page.locator(".paper-section a[href*='/concepts/']").first().hover(),
    ],
  ];

  it('pass axe (WCAG 2.2 AA) each open, at every width, in light, dark and sepia', async () => {
    // The widths side by side, each on a page of its own: axe's runs overlap.
    await Promise.all(
      WIDTHS.map(async (width) => {
        const { page } = await session.open('/paper/', { width });
        for (const [name, selector, open] of POPOVERS) {
          await open(page);
          await page.locator(selector).waitFor({ state: 'visible' });
          // Every rule in light; in the other themes the rules that colours decide.
          for (const t of THEMES) {
            await theme(page, t);
            expect(
              await axeViolations(page, t === 'light' ? undefined : COLOUR_RULES, selector),
              `${name} at ${width} px in ${t}`,
            ).toEqual([]);
          }
          await theme(page, 'light');
          await page.keyboard.press('Escape');
          await page.mouse.move(1, 1);
          await page.locator(selector).waitFor({ state: 'hidden' });
        }
      }),
    );
  });
});

describe('layout shift on /paper/', () => {
  it('is zero on load and when the tools wake, at every width', async () => {
    const shifts: Record<number, number> = {};
    await Promise.all(
      WIDTHS.map(async (width) => {
        const { page } = await session.blank({ width });
        await page.goto(`${session.origin()}/paper/`, { waitUntil: 'networkidle' });
        await page.evaluate(() => {
          const w = window as unknown as { shifted: number };
          w.shifted = 0;
          new PerformanceObserver((list) => {
            for (const e of list.getEntries())
              w.shifted += (e as unknown as { value: number }).value;
          }).observe({ type: 'layout-shift', buffered: true });
        });
        // The tools wake: a preview on hover, the reading aids on a scroll, the notes layer on a
        // selection.
        const woken = Promise.all(
          ['/page-tools.js', '/reading-position.js', '/annotations.js'].map((file) =>
            page.waitForResponse((r) => r.url().endsWith(file)),
          ),
        );
        await page.locator(`#${noteRefId(1)}`).hover();
        await page.mouse.wheel(0, 1500);
        await page.evaluate(() =>
          getSelection()?.selectAllChildren(document.getElementById('p2')!),
        );
        await woken;
        await page.waitForLoadState('networkidle');
        await settle(page);
        shifts[width] = await page.evaluate(
          () => (window as unknown as { shifted: number }).shifted,
        );
      }),
    );
    console.log('layout shift on /paper/ by width', shifts);
    for (const width of WIDTHS) expect(shifts[width], `${width} px`).toBe(0);
  });
});
