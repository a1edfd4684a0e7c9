/**
 * Citing in the browser: on /cite/ the access date becomes the reader's today in what is shown
 * and what is copied, and the styles' citations are set in the text face, titles in italics; the
 * notes of /paper/ set books and journals in italics in the text face, and the ¶ popover sets its
 * citations as the styles do; in the light and the dark theme alike.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSession } from '../helpers/session.ts';

const session = browserSession();

/** A page in the given theme, its clock fixed at noon on 9 January 2027. */
async function open(path: string, theme: 'light' | 'dark', width = 1280): Promise<Page> {
  const { page } = await session.blank({ width });
  await page.clock.setFixedTime(new Date(2027, 0, 9, 12));
  await page.addInitScript(
    (t) => localStorage.setItem('reader', JSON.stringify({ theme: t })),
    theme,
  );
  await page.goto(`${session.origin()}${path}`);
  return page;
}

/** The computed font family and style of the first element matching `selector`. */
function fontOf(page: Page, selector: string) {
  return page
    .locator(selector)
    .first()
    .evaluate((e) => {
      const style = getComputedStyle(e);
      return { family: style.fontFamily, style: style.fontStyle };
    });
}

const textFace = (page: Page) =>
  page.evaluate(() =>
    getComputedStyle(document.documentElement).getPropertyValue('--text-face').trim(),
  );

describe('the Cite page with JavaScript', () => {
  it('cites with today as the access date, shown and copied, and says so', async () => {
    const page = await open('/cite/#n3', 'light');
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: session.origin(),
    });
    await page.locator('#passage-select:enabled').waitFor();
    expect(await page.locator('#working-paper-bibtex').textContent()).toContain(
      'urldate = {2027-01-09}',
    );
    expect(await page.locator('#edition-ris').textContent()).toMatch(/^Y2 {2}- 2027\/1\/9\/$/m);
    expect(await page.locator('#passage-csl').textContent()).toMatch(
      /"accessed": \{\s*"date-parts": \[\s*\[\s*2027,\s*1,\s*9\s*\]/,
    );
    expect(await page.locator('#passage-bibtex').textContent()).toContain('#n3');
    await expect
      .poll(() => page.locator('#passage-bibtex').textContent())
      .toContain('urldate = {2027-01-09}');
    expect(await page.locator('[data-today]').isVisible()).toBe(true);
    expect(await page.locator('[data-today] time').textContent()).toBe('2027-01-09');
    expect(await page.locator('[data-content-date]').isHidden()).toBe(true);
    await page.locator('copy-button[for="passage-bibtex"] button').click();
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()))
      .toContain('urldate = {2027-01-09}');
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`sets the styles’ citations in the text face, titles in italics (${theme})`, async () => {
      const page = await open('/cite/', theme);
      const face = await fontOf(page, '#working-paper-chicago');
      expect(face.family).toBe(await textFace(page));
      expect(face.family).not.toMatch(/mono/i);
      expect(await fontOf(page, '#working-paper-chicago i')).toEqual({
        family: face.family,
        style: 'italic',
      });
      expect((await fontOf(page, '#article-mla')).style).toBe('normal');
      expect((await fontOf(page, '#article-mla i')).style).toBe('italic');
    });

    it(`sets the notes’ titles of books and journals in italics in the text face (${theme})`, async () => {
      const page = await open('/paper/', theme);
      const note = await fontOf(page, '#n15');
      expect(note.family).toBe(await textFace(page));
      expect(await fontOf(page, '#n15 i')).toEqual({ family: note.family, style: 'italic' });
      // The title links, the rest of the citation is plain text.
      const link = page.locator('#n15 a[href="/sources/funabashi-1995/"]');
      expect(await link.innerHTML()).toBe('<i>Asia Pacific Fusion: Japan’s Role in APEC</i>');
      // The margin's copy of the note too.
      await page.locator('.sidenote i').first().waitFor();
      expect((await fontOf(page, '.sidenote i')).style).toBe('italic');
    });
  }

  it('the ¶ popover sets its citations as the styles do, and copies their text', async () => {
    const page = await open('/paper/', 'dark');
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: session.origin(),
    });
    await page.locator('#p12 > a:first-child').click();
    const chicago = page.locator('#cite-popover .citation').first();
    await chicago.waitFor();
    expect(await chicago.locator('i').textContent()).toMatch(/^Between Balance of Power/);
    expect((await fontOf(page, '#cite-popover .citation i')).style).toBe('italic');
    await page.locator('#cite-popover button', { hasText: 'Copy' }).first().click();
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()))
      .toBe(await chicago.textContent());
  });
});
