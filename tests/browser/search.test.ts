/**
 * Search in Chromium: ranking at a reader's grain, facets, deep links that mark the words, the
 * dialog by keyboard alone, lazy loading, and accessibility with the dialog open.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { getContent } from '../../src/content-layer/index.ts';
import { axeViolations } from '../helpers/browser.ts';
import { browserSession } from '../helpers/session.ts';

const session = browserSession();

async function open(path: string, width = 1280): Promise<Page> {
  return (await session.open(path, { width })).page;
}

/** The first hits of a query, through the search interface's own search(). */
async function hits(
  page: Page,
  query: string,
  filters: Record<string, string[]> = {},
  limit = 10,
): Promise<{ href: string; kind: string; label: string; section: string }[]> {
  return page.evaluate(
    async ([q, f, n]) => {
      // Built with Function so that the test runner does not rewrite this browser-side import.
      const load = new Function('url', 'return import(url)') as (url: string) => Promise<{
        search: (
          q: string,
          f: Record<string, string[]>,
          n: number,
        ) => Promise<{ href: string; kind: string; label: string; section: string }[]>;
      }>;
      return (await load('/search-ui.js')).search(q as string, f as Record<string, string[]>, n);
    },
    [query, filters, limit] as const,
  );
}

const path = (href: string) => href.replace(/\?[^#]*/, '');

/** Is a hit one of the paper's paragraphs or notes? */
const inPaper = (href: string) => /^\/paper\/#[pn]\d+$/.test(path(href));

describe('ranking', () => {
  // The entry a query leads to: the first hit for a passage, else the first entry page or
  // source (the paper's passages that hold the phrase come before it, as the next tests say).
  const expected: [string, string][] = [
    ['collective security', '/concepts/collective-security/'],
    ['Washington treaty', '/cases/washington-treaty-system/'],
    ['Cronin', '/sources/cronin-1999/'],
    ['balance of power', '/concepts/balance-of-power/'],
    ['keiretsu', '/concepts/keiretsu/'],
    ['Triple Intervention', '/cases/triple-intervention/'],
    ['soft power', '/concepts/soft-power/'],
    ['Opium War', '/cases/opium-war/'],
    ['bandwagoning for profit', '/concepts/bandwagoning-for-profit/'],
    ['Nakane', '/sources/nakane-1970/'],
    ['Shambaugh', '/sources/shambaugh-1996/'],
    ['Adelphi', '/sources/bell-1968/'],
    ['Japanese Society', '/sources/nakane-1970/'],
    ['internet capitalism', '/paper/#p50'],
    ['Forum for Defense Authorities', '/paper/#n1'],
    ['Tuttile', '/paper/#n25'],
    ['Higuchi', '/cases/higuchi-report/'],
    ['East Timor', '/cases/east-timor-1999/'],
  ];
  it.each(expected)('"%s" leads to %s', async (query, first) => {
    const page = await open('/search/');
    const found = (await hits(page, query, {}, 50)).map((h) => path(h.href));
    expect(inPaper(first) ? found[0] : found.find((h) => !inPaper(h))).toBe(first);
  });

  it('indexes no navigation, table of contents or footer', async () => {
    const page = await open('/search/');
    // Pagefind may still find pages by the common words of a phrase ("to"): what must not
    // happen is the phrase itself in a record, as it would be on every page were the frame indexed.
    for (const [phrase, word] of [
      ['Skip to content', /skip/i],
      ['All cases in date order', /date order/i],
    ] as const)
      for (const hit of await hits(page, phrase))
        expect((hit as { excerpt?: string }).excerpt ?? '', hit.href).not.toMatch(word);
  });

  it('finds a work by its journal and year, and the notes that cite it', async () => {
    const page = await open('/search/');
    const found = (await hits(page, 'Foreign Affairs')).map((h) => path(h.href));
    expect(found).toEqual(
      expect.arrayContaining(['/sources/joffe-1997/', '/sources/funabashi-1998/', '/paper/#n5']),
    );
    const cronin = (await hits(page, 'Cronin')).map((h) => path(h.href));
    expect(cronin).toEqual(expect.arrayContaining(['/paper/#n3', '/paper/#n31']));
  });
});

describe('the editor’s commentary', () => {
  it('is found as its own kind, apart from the paper’s text and notes, and leads to its note', async () => {
    const [note] = getContent().commentary.notes;
    if (!note) throw new Error('the commentary has no notes');
    const page = await open('/search/');
    const found = await hits(page, note.title, { kind: ['Editor’s commentary'] });
    expect(found.map((h) => path(h.href))).toContain(`/commentary/#${note.id}`);
    for (const h of found) expect(h.kind).toBe('Editor’s commentary');
    const paperOnly = await hits(page, note.title, { kind: ['Text', 'Note'] }, 50);
    expect(paperOnly.map((h) => path(h.href))).not.toContain(`/commentary/#${note.id}`);
  });
});

describe('the search page', () => {
  it('combines a query with the kind and section facets, and keeps them in its address', async () => {
    const page = await open('/search/?q=Japan&kind=Note');
    await page.locator('#results li').first().waitFor();
    const kinds = await page.locator('#results .search-kind').allTextContents();
    expect(kinds.length).toBeGreaterThan(2);
    for (const k of kinds) expect(k).toMatch(/^Note/);
    await page.locator('#facets input[name=section][value="Conclusion"]').check();
    await expect
      .poll(() => new URL(page.url()).searchParams.getAll('section'))
      .toEqual(['Conclusion']);
    const filtered = await hits(page, 'Japan', { kind: ['Text'], section: ['Conclusion'] });
    for (const h of filtered) expect(h.section).toBe('Conclusion');
    await page.goBack();
    await expect.poll(() => new URL(page.url()).searchParams.getAll('section')).toEqual([]);
  });

  it('sends the / shortcut to its own search field rather than opening the dialog', async () => {
    const page = await open('/search/');
    await page.locator('body').click({ position: { x: 5, y: 300 } });
    await page.keyboard.press('/');
    // The shortcut wakes the page's tools, which then send it to the field.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('q');
    expect(await page.locator('dialog.search-dialog').count()).toBe(0);
  });

  it('leads to the paragraph with the phrase marked as one and in view', async () => {
    const page = await open('/search/?q=internet%20capitalism');
    await page.locator('#results a').first().click();
    await page.waitForURL(/\/paper\/\?q=.*#p50$/);
    const marks = page.locator('#p50 mark.hit');
    await marks.first().waitFor();
    const marked = (await marks.allTextContents()).map((t) => t.toLowerCase());
    expect(marked.length).toBeGreaterThan(0);
    for (const m of marked) expect(m).toBe('internet capitalism');
    const box = await marks.first().boundingBox();
    expect(box && box.y > 0 && box.y < 900).toBe(true);
  });

  it('marks a phrase that runs into a link as one, a mark for each part', async () => {
    const page = await open('/paper/?q=supportive%20to%20the%20ASEAN%20Regional%20Forum#p41');
    const marks = page.locator('#p41 mark.hit');
    await marks.first().waitFor();
    expect(await marks.allTextContents()).toEqual(['supportive to the ', 'ASEAN Regional Forum']);
    expect(
      await page.locator('#p41 a[href$="/cases/asean-regional-forum/"] mark.hit').count(),
    ).toBe(1);
  });

  it('marks the words one by one where the target does not hold them as a phrase', async () => {
    const page = await open('/paper/?q=capitalism%20internet#p50');
    const marks = page.locator('#p50 mark.hit');
    await marks.first().waitFor();
    expect((await marks.allTextContents()).map((t) => t.toLowerCase())).toEqual(
      expect.arrayContaining(['internet', 'capitalism']),
    );
  });
});

describe('the search dialog', () => {
  it('loads nothing of search until it is opened, and keeps what is typed meanwhile', async () => {
    const { page } = await session.blank();
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await page.goto(`${session.origin()}/paper/`);
    await page.waitForLoadState('networkidle');
    expect(requested.filter((p) => p.startsWith('/pagefind/') || p === '/search-ui.js')).toEqual(
      [],
    );
    // Typing straight after the shortcut, while the interface loads, loses no letter.
    await page.keyboard.press('/');
    await page.keyboard.type('binding');
    await page.locator('.search-option').first().waitFor();
    expect(await page.locator('dialog.search-dialog input').inputValue()).toBe('binding');
    expect(requested).toEqual(expect.arrayContaining(['/search-ui.js', '/pagefind/pagefind.js']));
    // What a first search does not need: Pagefind's worker (it runs in the page) and the
    // "Did you mean" matcher (a query that finds something).
    await page.waitForLoadState('networkidle');
    expect(requested).not.toContain('/pagefind/pagefind-worker.js');
    expect(requested).not.toContain('/search-suggestions.js');
  });

  it('works by keyboard alone: / opens, arrows choose, Enter goes, Esc closes and gives focus back', async () => {
    const page = await open('/paper/');
    await page.locator('a.search-link').focus();
    await page.keyboard.press('Control+k');
    const input = page.locator('dialog.search-dialog input[role=combobox]');
    await input.waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe(
      'combobox',
    );
    await page.keyboard.type('keiretsu');
    // The results of the whole word, not of the letters typed before it, which render earlier.
    await page
      .locator('.search-option mark', { hasText: /^keiretsu$/i })
      .first()
      .waitFor();
    expect(await input.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('ArrowDown');
    expect(await input.getAttribute('aria-activedescendant')).toBe('search-option-0');
    await page.keyboard.press('Escape');
    expect(await page.locator('dialog.search-dialog').isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('search-link');
    await page.keyboard.press('/');
    await input.waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/concepts\/keiretsu\/\?q=keiretsu$/);
  });

  it('opens from the Search button in the header, which works as a button for keyboard users', async () => {
    const page = await open('/about/');
    const button = page.locator('header a.search-link');
    // Focus wakes the page's tools, which make the link a button.
    await button.focus();
    await expect.poll(() => button.getAttribute('role')).toBe('button');
    await page.keyboard.press(' ');
    await page.locator('dialog.search-dialog input').waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-dialog-query');
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('search-link');
  });

  it('has zero axe violations while open, with results', async () => {
    const page = await open('/paper/');
    await page.keyboard.press('/');
    await page.keyboard.type('alliance');
    await page.locator('.search-option').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('the search page has zero axe violations', async () => {
    const page = await open('/search/?q=security&kind=Concept');
    await page.locator('#results li').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });
});
