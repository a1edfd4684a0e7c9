/**
 * Themes and reader settings in headless Chromium, with the site served as a host serves it (its
 * Content Security Policy as headers): every kind of page in the dark theme (by the system and by
 * the setting) and in sepia with zero axe violations; the settings panel by keyboard; choices
 * applied before the first paint; and Windows high contrast (forced colours) on the timeline,
 * the search dialog, the highlighted passage and the marks.
 */
import { mkdirSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { paragraphId, noteRefId, sidenoteId } from '../../src/lib/site/ids.ts';
import { axeViolations, COLOUR_RULES } from '../helpers/browser.ts';
import { contrast } from '../helpers/contrast.ts';
import { pngSize } from '../helpers/png.ts';
import { browserSession } from '../helpers/session.ts';
import { PAGE_TYPES } from '../helpers/site.ts';

const session = browserSession('host');

/** One page of each kind. */
const PAGES = PAGE_TYPES;

interface Open {
  /** Stored reader settings, as the settings panel writes them. */
  settings?: Record<string, string>;
  colorScheme?: 'light' | 'dark';
  forcedColors?: 'active' | 'none';
  width?: number;
  javaScript?: boolean;
}

/**
 * Opens a path with settings stored before the page's first script runs, and records what the
 * page looked like at DOMContentLoaded (before any later script could restyle it) and any
 * policy violation.
 */
async function open(path: string, options: Open = {}): Promise<Page> {
  const { page } = await session.blank({
    width: options.width ?? 1280,
    javaScript: options.javaScript ?? true,
  });
  await page.emulateMedia({
    colorScheme: options.colorScheme ?? 'light',
    forcedColors: options.forcedColors ?? 'none',
  });
  await page.addInitScript((settings) => {
    if (settings) localStorage.setItem('reader', JSON.stringify(settings));
    const w = window as unknown as { seen: Record<string, string>; violations: string[] };
    w.violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.violations.push(`${e.effectiveDirective} ${e.blockedURI || 'inline'}`),
    );
    document.addEventListener('DOMContentLoaded', () => {
      const root = getComputedStyle(document.documentElement);
      const mark = document.querySelector('.paper-section a[href*="/concepts/"]');
      w.seen = {
        background: root.backgroundColor,
        color: root.color,
        fontSize: root.fontSize,
        mark: mark ? getComputedStyle(mark).textDecorationLine : '',
      };
    });
  }, options.settings);
  await page.goto(`${session.origin()}${path}`);
  return page;
}

/**
 * Reloads a page opened by `open` with other settings stored and another system theme: the same
 * browser context, so the reload finds its files cached, and the same first-paint record.
 */
async function reopen(page: Page, options: Open): Promise<void> {
  await page.emulateMedia({
    colorScheme: options.colorScheme ?? 'light',
    forcedColors: options.forcedColors ?? 'none',
  });
  await page.evaluate((settings) => {
    if (settings) localStorage.setItem('reader', JSON.stringify(settings));
    else localStorage.removeItem('reader');
  }, options.settings);
  await page.reload();
}

const seen = (page: Page) =>
  page.evaluate(() => (window as unknown as { seen: Record<string, string> }).seen);
const violations = (page: Page) =>
  page.evaluate(() => (window as unknown as { violations: string[] }).violations);

/** A CSS colour as the page resolves it (system colours under forced colours included). */
function resolved(page: Page, colour: string): Promise<string> {
  return page.evaluate((c) => {
    const probe = document.createElement('span');
    probe.style.color = c;
    document.body.append(probe);
    const value = getComputedStyle(probe).color;
    probe.remove();
    return value;
  }, colour);
}

const LIGHT_PAPER = 'rgb(255, 254, 250)';
const DARK_PAPER = 'rgb(23, 23, 26)';
const SEPIA_PAPER = 'rgb(244, 236, 216)';

describe('themes on every kind of page: zero axe violations (WCAG 2.2 AA)', () => {
  for (const path of PAGES) {
    it(`${path} dark by the system, dark by the setting, and sepia`, async () => {
      // Every rule in the first theme; in the others only the rules that colours decide, since a
      // theme changes colours and nothing else (the same page, the same structure). One page,
      // reloaded with each setting stored: each theme still applies from a fresh load.
      let page: Page | undefined;
      for (const [options, paper, rules] of [
        [{ colorScheme: 'dark' }, DARK_PAPER, undefined],
        [{ settings: { theme: 'dark' } }, DARK_PAPER, COLOUR_RULES],
        [{ settings: { theme: 'sepia' }, colorScheme: 'dark' }, SEPIA_PAPER, COLOUR_RULES],
      ] as const) {
        if (page) await reopen(page, options);
        else page = await open(path, options);
        expect((await seen(page)).background, JSON.stringify(options)).toBe(paper);
        expect(await axeViolations(page, rules), `${path} ${JSON.stringify(options)}`).toEqual([]);
        expect(await violations(page)).toEqual([]);
      }
    });
  }

  it('the search dialog, open with a result chosen, in dark', async () => {
    const page = await open('/paper/', { settings: { theme: 'dark' } });
    await page.keyboard.press('/');
    await page.keyboard.type('alliance');
    await page.locator('.search-option').first().waitFor();
    await page.keyboard.press('ArrowDown');
    expect(await axeViolations(page)).toEqual([]);
    const dialog = page.locator('dialog.search-dialog');
    expect(await dialog.evaluate((d) => getComputedStyle(d).backgroundColor)).toBe(DARK_PAPER);
  });

  it('the timeline’s text keeps 4.5:1 on the page in light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await open('/timeline/', { colorScheme });
      const fills = await page.evaluate(() =>
        [...document.querySelectorAll('svg.tl text, svg.tl tspan')].map(
          (t) => getComputedStyle(t).fill,
        ),
      );
      const paper = (await seen(page)).background ?? '';
      // A title and dates for each case, and the axis.
      expect(fills.length).toBeGreaterThan(await page.locator('svg.tl a').count());
      for (const fill of new Set(fills))
        expect(contrast(fill, paper), `${fill} on ${paper}`).toBeGreaterThanOrEqual(4.5);
      await page.context().close();
    }
  });
});

describe('choices apply before the first paint', () => {
  it('stored theme, text size and marks are in force at DOMContentLoaded', async () => {
    const page = await open('/paper/', {
      settings: { theme: 'dark', size: 'xl', marks: 'off' },
    });
    expect(await seen(page)).toEqual({
      background: DARK_PAPER,
      color: 'rgb(232, 230, 225)',
      fontSize: '21px',
      mark: 'none',
    });
  });

  it('without settings the system decides; a light setting overrides a dark system', async () => {
    expect((await seen(await open('/paper/', { colorScheme: 'dark' }))).background).toBe(
      DARK_PAPER,
    );
    const page = await open('/paper/', { colorScheme: 'dark', settings: { theme: 'light' } });
    expect(await seen(page)).toMatchObject({ background: LIGHT_PAPER, fontSize: '17px' });
    expect((await seen(page)).mark).toBe('underline');
  });
});

describe('the settings panel', () => {
  it('opens from the header by keyboard, applies and stores choices, and Esc closes it back to the button', async () => {
    const page = await open('/paper/');
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    const button = page.locator('reader-settings button');
    expect(await button.isVisible()).toBe(true);
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    await button.focus();
    await page.keyboard.press('Enter');
    const panel = page.locator('#reader-settings-panel');
    await panel.waitFor({ state: 'visible' });
    // The panel's code loads on this first press, its stylesheet inside it.
    expect(requested).toEqual(expect.arrayContaining(['/reader-settings.js']));
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    expect(await button.getAttribute('aria-controls')).toBe('reader-settings-panel');
    // Focus on the theme in force; arrows choose within the group.
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe(
      'system',
    );
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => document.documentElement.dataset['size'])).toBe('l');
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    expect(await panel.isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('BUTTON');
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    expect(await page.evaluate(() => localStorage.getItem('reader'))).toBe(
      JSON.stringify({ theme: 'dark', size: 'l' }),
    );
    // Another page opens with them, and back to the defaults stores nothing.
    await page.goto(`${session.origin()}/about/`);
    expect(await seen(page)).toMatchObject({ background: DARK_PAPER, fontSize: '19px' });
    await page.locator('reader-settings button').click();
    await page.locator('#reader-settings-panel input[value=system]').check();
    await page.locator('#reader-settings-panel input[value=m]').check();
    expect(await page.evaluate(() => localStorage.getItem('reader'))).toBe('{}');
    expect(await page.evaluate(() => document.documentElement.getAttributeNames())).toEqual([
      'lang',
    ]);
    // A press outside closes it, leaving focus where it went.
    await page.locator('h1').click();
    expect(await page.locator('#reader-settings-panel').isVisible()).toBe(false);
    expect(await violations(page)).toEqual([]);
  });

  it('stays on the screen of a phone', async () => {
    const page = await open('/paper/', { width: 390 });
    await page.locator('reader-settings button').click();
    const box = await page.locator('#reader-settings-panel').boundingBox();
    expect(box).toBeTruthy();
    if (!box) return;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
  });

  it('marks off: concept and case links read as text on /paper/ and still lead to their pages', async () => {
    const page = await open('/paper/', { settings: { marks: 'off' } });
    const mark = page.locator('.paper-section a[href*="/cases/"]').first();
    expect(await mark.evaluate((a) => getComputedStyle(a).textDecorationLine)).toBe('none');
    const href = await mark.getAttribute('href');
    await mark.click();
    await page.waitForURL(`**${href ?? ''}`);
  });

  it('margin notes off: no notes in the margin, and a reference opens its note beside the text', async () => {
    const page = await open('/paper/', { settings: { notes: 'off' } });
    const note = page.locator(`#${sidenoteId(24)}`);
    await note.waitFor({ state: 'attached' });
    expect(await note.isVisible()).toBe(false);
    expect(await page.locator('.sidenote.editorial').first().isVisible()).toBe(false);
    await page.locator(`#${noteRefId(24)}`).click();
    // The first click loads what opens the note (notes-in-place.js): it opens once loaded.
    await expect.poll(() => note.isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    expect(await note.isVisible()).toBe(false);
  });

  it('is absent without JavaScript', async () => {
    const page = await open('/paper/', { javaScript: false });
    expect(await page.locator('reader-settings button').isVisible()).toBe(false);
    expect(await page.locator('reader-settings button').getAttribute('hidden')).not.toBeNull();
  });
});

/** The style, width and colour of an element's outline or top border. */
function frame(target: Locator, side: 'outline' | 'border-top') {
  return target.evaluate((el, prop) => {
    const s = getComputedStyle(el);
    return {
      style: s.getPropertyValue(`${prop}-style`),
      width: s.getPropertyValue(`${prop}-width`),
      colour: s.getPropertyValue(`${prop}-color`),
    };
  }, side);
}

/** A 2 px solid frame in the system's Highlight colour. */
async function highlightFrame(page: Page) {
  return { style: 'solid', width: '2px', colour: await resolved(page, 'Highlight') };
}

describe('forced colours (Windows high contrast)', () => {
  it('the timeline draws in system colours: links as links, the axis as text', async () => {
    const page = await open('/timeline/', { forcedColors: 'active' });
    const [linkText, canvasText] = [
      await resolved(page, 'LinkText'),
      await resolved(page, 'CanvasText'),
    ];
    const paint = await page.evaluate(() => {
      const style = (s: string) => getComputedStyle(document.querySelector(s) as Element);
      return {
        title: style('.tl-title').fill,
        mark: style('.tl-case circle').fill,
        axis: style('.tl-axis line').stroke,
        tick: style('.tl-axis text').fill,
        date: style('.tl-date').fill,
      };
    });
    expect(paint).toEqual({
      title: linkText,
      mark: linkText,
      axis: canvasText,
      tick: canvasText,
      date: canvasText,
    });
  });

  it('the highlighted passage keeps an outline in the highlight colour', async () => {
    const page = await open(`/paper/#${paragraphId(12)}`, { forcedColors: 'active' });
    expect(await frame(page.locator(`#${paragraphId(12)}`), 'outline')).toEqual(
      await highlightFrame(page),
    );
  });

  it('marks stay underlined, dotted for concepts and double for cases, in the link colour', async () => {
    const page = await open('/paper/', { forcedColors: 'active' });
    const linkText = await resolved(page, 'LinkText');
    for (const [selector, style] of [
      ['.paper-section a[href*="/concepts/"]', 'dotted'],
      ['.paper-section a[href*="/cases/"]', 'double'],
    ] as const) {
      const mark = await page
        .locator(selector)
        .first()
        .evaluate((a) => {
          const s = getComputedStyle(a);
          return {
            line: s.textDecorationLine,
            style: s.textDecorationStyle,
            colour: s.textDecorationColor,
          };
        });
      expect(mark.line).toBe('underline');
      expect(mark.style).toBe(style);
      expect(mark.colour).toBe(linkText);
    }
  });

  it('the chosen search result keeps a frame in the highlight colour', async () => {
    const page = await open('/paper/', { forcedColors: 'active' });
    await page.keyboard.press('/');
    await page.keyboard.type('alliance');
    await page.locator('.search-option').first().waitFor();
    await page.keyboard.press('ArrowDown');
    const chosen = page.locator('.search-option[aria-selected=true]');
    const highlight = await highlightFrame(page);
    expect(await frame(chosen, 'border-top')).toEqual(highlight);
    const other = page.locator('.search-option[aria-selected=false]').first();
    expect((await frame(other, 'border-top')).colour).not.toBe(highlight.colour);
  });
});

describe('screenshots', () => {
  it('of /paper/ in light, dark and sepia at phone and desktop widths, for a person to look at, each on its theme’s paper with ¶ 5 in view', async () => {
    mkdirSync('test-results', { recursive: true });
    for (const [theme, paper] of [
      ['light', LIGHT_PAPER],
      ['dark', DARK_PAPER],
      ['sepia', SEPIA_PAPER],
    ] as const)
      for (const width of [390, 1280]) {
        const page = await open(`/paper/#${paragraphId(5)}`, { width, settings: { theme } });
        const png = await page.screenshot({ path: `test-results/paper-${theme}-${width}.png` });
        expect(pngSize(png)).toEqual({ width, height: 900 });
        expect((await seen(page)).background, theme).toBe(paper);
        const box = await page.locator(`#${paragraphId(5)}`).boundingBox();
        expect(box && box.y >= -1 && box.y < 900, `¶ 5 at ${width} px`).toBe(true);
        await page.context().close();
      }
  });
});
