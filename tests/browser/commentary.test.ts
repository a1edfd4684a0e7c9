/**
 * The editor's layer in Chromium: a ¶'s commentary opened in place from its mark (in the margin at
 * 1280 px, in the flow at 390 px), its notes fetched once; Esc gives focus back; without
 * JavaScript the mark leads to /commentary/; the reader setting hides the marks; axe finds nothing
 * with the layer shown, open and hidden; the reader's notes panel imports the commentary's W3C
 * collection; /guide/ and /commentary/ pass axe at both widths.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { getContent } from '../../src/content-layer/index.ts';
import { FILES } from '../../src/lib/site/routes.ts';
import { axeViolations } from '../helpers/browser.ts';
import { marks } from '../helpers/annotation-page.ts';
import { browserSession, describeAccessibility } from '../helpers/session.ts';

const session = browserSession();
const { commentary } = getContent();
const [first] = commentary.notes;
if (!first) throw new Error('the commentary has no notes');
const passage = first.passage;

/** /paper/ at a width, scrolled to the first commented ¶, counting fetches of /commentary/. */
async function paper(width: number): Promise<{ page: Page; fetches: string[] }> {
  const { page, foreign } = await session.open(`/paper/#${passage}`, { width });
  const fetches: string[] = [];
  page.on('request', (r) => {
    if (new URL(r.url()).pathname === '/commentary/') fetches.push(r.url());
  });
  page.on('close', () => expect(foreign).toEqual([]));
  return { page, fetches };
}

const mark = (page: Page) => page.locator(`.sidenotes > a[href$="#${passage}"]`);
const panel = (page: Page) => page.getByRole('note', { name: 'Editor’s commentary', exact: true });

describe('a ¶’s commentary opened in place', () => {
  for (const width of [1280, 390]) {
    it(`at ${width} px: opens from its mark, beside or below its ¶; Esc closes it and gives focus back`, async () => {
      const { page, fetches } = await paper(width);
      await mark(page).click();
      await expect.poll(() => panel(page).isVisible()).toBe(true);
      expect(await mark(page).getAttribute('aria-expanded')).toBe('true');
      expect(await panel(page).getByRole('heading', { name: first.title }).count()).toBe(1);
      expect(
        await page.evaluate(() => document.activeElement?.classList.contains('commentary-open')),
      ).toBe(true);
      const text = await page.locator(`#${passage}`).boundingBox();
      const box = await panel(page).boundingBox();
      if (!text || !box) throw new Error('no boxes');
      if (width === 1280) expect(box.x).toBeGreaterThanOrEqual(text.x + text.width);
      else {
        expect(box.y).toBeGreaterThanOrEqual(text.y + text.height);
        expect(box.x + box.width).toBeLessThanOrEqual(width);
      }
      expect(await axeViolations(page)).toEqual([]);

      await page.keyboard.press('Escape');
      await expect.poll(() => panel(page).isVisible()).toBe(false);
      expect(await mark(page).getAttribute('aria-expanded')).toBe('false');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(
        await mark(page).getAttribute('href'),
      );
      // Opened again from the keyboard: the page of notes is not fetched twice.
      await page.keyboard.press('Enter');
      await expect.poll(() => panel(page).isVisible()).toBe(true);
      expect(fetches).toHaveLength(1);
    });
  }

  it('without JavaScript the mark is a link to the ¶’s notes on /commentary/', async () => {
    const { page } = await session.open(`/paper/#${passage}`, { javaScript: false });
    await mark(page).click();
    await page.waitForURL(`**/commentary/#${passage}`);
    expect(await page.locator(`#${passage} #${first.id} h3`).textContent()).toBe(first.title);
  });
});

describe('the reader setting', () => {
  it('hides the marks, at once and on the next visit; axe finds nothing either way', async () => {
    const { page } = await paper(1280);
    expect(await mark(page).isVisible()).toBe(true);
    await page.locator('reader-settings button').click();
    await page.locator('#reader-settings-panel input[name=reader-commentary][value=off]').check();
    expect(await page.evaluate(() => document.documentElement.dataset['commentary'])).toBe('off');
    expect(
      await page.locator('.sidenotes > a').evaluateAll((a) => a.map((x) => x.checkVisibility())),
    ).not.toContain(true);
    await page.keyboard.press('Escape');
    expect(await axeViolations(page)).toEqual([]);
    await page.reload();
    expect(await mark(page).isVisible()).toBe(false);
    await page.locator('reader-settings button').click();
    await page.locator('#reader-settings-panel input[name=reader-commentary][value=on]').check();
    expect(await mark(page).isVisible()).toBe(true);
  });
});

describe('the commentary as Web Annotations', () => {
  it('the reader’s notes panel imports the collection: every note placed on its words', async () => {
    const { page } = await paper(1280);
    const text = await page.evaluate(
      async (url) => (await fetch(url)).text(),
      FILES.commentaryAnnotations,
    );
    await page.getByRole('button', { name: 'My notes' }).click();
    const notes = page.getByRole('dialog', { name: 'My notes' });
    await expect.poll(() => notes.isVisible()).toBe(true);
    await notes.getByLabel('Import W3C Web Annotations (.json)').setInputFiles({
      name: 'commentary.annotations.jsonld',
      mimeType: 'application/ld+json',
      buffer: Buffer.from(text),
    });
    const total = commentary.notes.length;
    await expect
      .poll(() => notes.getByRole('status').textContent())
      .toContain(`Imported ${total} of ${total}`);
    // Words across links are marked in parts: the parts of each ¶ together are the note's words.
    const placed = await marks(page);
    const texts = new Map(getContent().edition.paragraphs.map((p) => [p.id, p.text]));
    for (const note of commentary.notes) {
      const words = placed.filter((m) => m.root === note.passage).map((m) => m.text);
      expect(words.join('')).toContain(note.quote ?? texts.get(note.passage));
    }
  });
});

describeAccessibility(session, ['/guide/', '/commentary/']);
