/**
 * The reading page in real headless Chromium: notes by keyboard, ¶ permalinks, reading without
 * JavaScript, accessibility (axe-core, WCAG 2.2 AA) and screenshots for a person to look at.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { noteId, noteRefId, paragraphId, sidenoteId } from '../../src/lib/site/ids.ts';
import { pngSize } from '../helpers/png.ts';
import { browserSession, describeAccessibility } from '../helpers/session.ts';

const session = browserSession();

function open(
  path: string,
  width: number,
  javaScript = true,
): Promise<{ page: Page; foreign: string[] }> {
  return session.open(path, { width, javaScript });
}

describe('notes on a narrow screen', () => {
  it('open in place from the reference by keyboard, show their text, and close with Esc', async () => {
    const { page } = await open('/paper/', 390);
    const ref = page.locator(`#${noteRefId(24)}`);
    const note = page.locator(`#${sidenoteId(24)}`);
    await expect(note.isVisible()).resolves.toBe(false);
    await ref.focus();
    await page.keyboard.press('Enter');
    // The first activation loads what opens the note (notes-in-place.js): it opens once loaded.
    await expect.poll(() => note.isVisible()).toBe(true);
    expect(await note.textContent()).toContain('Ironies in Japan');
    expect(await ref.getAttribute('aria-expanded')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(sidenoteId(24));
    await page.keyboard.press('Escape');
    await expect(note.isVisible()).resolves.toBe(false);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(noteRefId(24));
    expect(await ref.getAttribute('aria-expanded')).toBe('false');
  });
});

describe('notes on a wide screen', () => {
  it('stand in the margin beside their paragraph', async () => {
    const { page } = await open('/paper/', 1280);
    const { notes } = JSON.parse(readFileSync('dist/edition.json', 'utf8')) as {
      notes: { n: number; paragraph: string }[];
    };
    const paragraph = notes.find((n) => n.n === 24)?.paragraph;
    const para = await page.locator(`#${paragraph}`).boundingBox();
    const sidenote = page.locator(`#${sidenoteId(24)}`);
    const note = await sidenote.boundingBox();
    const column = await sidenote.locator('..').boundingBox();
    expect(para && note && column).toBeTruthy();
    if (!para || !note || !column) return;
    expect(await sidenote.isVisible()).toBe(true);
    expect(note.x).toBeGreaterThan(para.x + para.width);
    expect(Math.abs(column.y - para.y)).toBeLessThan(12);
  });
});

describe('the sidenotes', () => {
  it('never overlap one another and never start above their paragraph', async () => {
    const { page } = await open('/paper/', 1280);
    const notes = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.sidenote')].map((n) => {
        const r = n.getBoundingClientRect();
        const para = n.parentElement?.previousElementSibling?.getBoundingClientRect().top ?? 0;
        return {
          top: r.top + window.scrollY,
          bottom: r.bottom + window.scrollY,
          para: para + window.scrollY,
        };
      }),
    );
    expect(notes.length).toBeGreaterThan(20);
    notes.forEach((n, i) => {
      // Level with its reference, whose raised number may stand a little above the line.
      expect(n.top).toBeGreaterThanOrEqual(n.para - 4);
      if (i > 0) expect(n.top).toBeGreaterThanOrEqual((notes[i - 1]?.bottom ?? 0) - 1);
    });
  });
});

describe('paragraph permalinks', () => {
  it('a ¶ number is the permalink of its paragraph, and opens its citation beside it', async () => {
    const { page } = await open('/paper/', 1280);
    const number = page.locator(`#${paragraphId(12)} > a:first-child`);
    expect(await number.getAttribute('href')).toBe(`#${paragraphId(12)}`);
    await number.click();
    const popover = page.locator('#cite-popover');
    await popover.waitFor({ state: 'visible' });
    expect(await popover.getAttribute('role')).toBe('dialog');
    const text = (await popover.textContent()) ?? '';
    for (const style of ['Chicago', 'APA', 'MLA']) expect(text).toContain(style);
    // The pinpoint: the page of the working paper and the paragraph.
    expect(text).toMatch(/p\. \d+, ¶ 12/);
    expect(await popover.locator('a[href$="/cite/#p12"]').count()).toBe(1);
    // The reader stays where they were: no jump to the permalink.
    expect(new URL(page.url()).hash).toBe('');
    await page.keyboard.press('Escape');
    await popover.waitFor({ state: 'hidden' });
    expect(await page.evaluate(() => document.activeElement?.closest('p')?.id)).toBe('p12');
  });
});

describe('without JavaScript', () => {
  it('a note reference still leads to the note and back', async () => {
    const { page } = await open('/paper/', 390, false);
    await page.locator(`#${noteRefId(24)}`).click();
    expect(new URL(page.url()).hash).toBe(`#${noteId(24)}`);
    expect(await page.locator(`#${noteId(24)}`).isVisible()).toBe(true);
    await page.locator(`#${noteId(24)} [role="doc-backlink"]`).click();
    expect(new URL(page.url()).hash).toBe(`#${noteRefId(24)}`);
  });
});

describeAccessibility(session, ['/', '/paper/', '/about/']);

/** Whether an element's top edge lies inside the 900 px tall viewport. */
async function onScreen(page: Page, selector: string): Promise<boolean> {
  const box = await page.locator(selector).boundingBox();
  return !!box && box.height > 0 && box.y >= -1 && box.y < 900;
}

describe('screenshots', () => {
  it('writes /paper/ at 1280 and 390 px wide as test artefacts, each showing ¶ 26 (at 390, then with note 19 open)', async () => {
    mkdirSync('test-results', { recursive: true });
    for (const width of [1280, 390]) {
      const { page } = await open(`/paper/#${paragraphId(26)}`, width);
      const png = await page.screenshot({ path: `test-results/paper-${width}.png` });
      expect(pngSize(png)).toEqual({ width, height: 900 });
      expect(await onScreen(page, `#${paragraphId(26)}`), `¶ 26 at ${width} px`).toBe(true);
      if (width === 390) {
        await page.locator(`#${noteRefId(19)}`).click();
        await page.locator(`#${sidenoteId(19)}`).waitFor();
        await page.screenshot({ path: 'test-results/paper-390-note-open.png' });
        expect(await onScreen(page, `#${sidenoteId(19)}`), 'note 19 open').toBe(true);
      }
    }
    const { page } = await open('/', 1280);
    const png = await page.screenshot({ path: 'test-results/home-1280.png', fullPage: true });
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(pngSize(png)).toEqual({ width: 1280, height });
    expect(await page.locator('main h1').isVisible()).toBe(true);
  });
});
