/**
 * Search that forgives, in Chromium: "Did you mean …" for misspelt names and words, from
 * /search-words.json (fetched only when a query finds nothing), and locator queries ("n. 24",
 * "¶ 12") that put their passage first, in the search dialog and on the /search/ page.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSession } from '../helpers/session.ts';

const session = browserSession();

/**
 * Opens a page and counts its requests for what only a suggestion needs: the word list
 * (`wordRequests`) and the matcher's code (`matcherRequests`).
 */
async function open(path: string) {
  const { page } = await session.open(path);
  const count = { '/search-words.json': 0, '/search-suggestions.js': 0 };
  page.on('request', (r) => {
    const { pathname } = new URL(r.url());
    if (pathname in count) count[pathname as keyof typeof count]++;
  });
  return {
    page,
    wordRequests: () => count['/search-words.json'],
    matcherRequests: () => count['/search-suggestions.js'],
  };
}

/** Opens the search dialog by its shortcut and types a query; resolves with the dialog's input. */
async function dialogQuery(page: Page, query: string) {
  await page.keyboard.press('/');
  const input = page.locator('dialog.search-dialog input[role=combobox]');
  await input.waitFor();
  await input.fill(query);
  return input;
}

const misspelt: [string, string][] = [
  ['Ikenbery', 'Ikenberry'],
  ['Tsuchyama', 'Tsuchiyama'],
  ['multilaterlism', 'multilateralism'],
];

const locators: [string, string][] = [
  ['n. 24', '/paper/#n24'],
  ['note 24', '/paper/#n24'],
  ['¶ 12', '/paper/#p12'],
  ['p12', '/paper/#p12'],
];

describe('Did you mean, in the search dialog', () => {
  for (const [query, better] of misspelt) {
    it(`${query} → ${better}, and following the suggestion finds results`, async () => {
      const { page, wordRequests, matcherRequests } = await open('/paper/');
      const input = await dialogQuery(page, query);
      const suggestion = page.locator('#search-dialog-status a.search-suggestion');
      await suggestion.waitFor();
      // Pagefind may answer with near matches ("I." for Ikenbery): nothing relevant, all the same.
      expect(await page.locator('#search-dialog-status').textContent()).toMatch(
        new RegExp(`^(No|\\d+) results?\\. Did you mean ${better}\\?$`),
      );
      expect(wordRequests()).toBe(1);
      expect(matcherRequests()).toBe(1);
      await suggestion.click();
      await page.locator('.search-option').first().waitFor();
      expect(await input.inputValue()).toBe(better);
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-dialog-query');
    });
  }

  it('Kissinger stays Kissinger: results, no suggestion, and neither word list nor matcher is fetched', async () => {
    const { page, wordRequests, matcherRequests } = await open('/paper/');
    await page.waitForLoadState('networkidle');
    expect(wordRequests(), 'before search is used').toBe(0);
    await dialogQuery(page, 'Kissinger');
    await page.locator('.search-option').first().waitFor();
    expect(await page.locator('#search-dialog-status').textContent()).toMatch(/^\d+ results?$/);
    expect(await page.locator('a.search-suggestion').count()).toBe(0);
    await page.waitForLoadState('networkidle');
    expect(wordRequests(), 'for a query that finds results').toBe(0);
    expect(matcherRequests(), 'for a query that finds results').toBe(0);
  });
});

describe('Did you mean, on the search page', () => {
  for (const [query, better] of misspelt) {
    it(`${query} → ${better}, and the suggestion is a link that searches for it`, async () => {
      const { page } = await open(`/search/?q=${encodeURIComponent(query)}`);
      const suggestion = page.locator('#results-status a.search-suggestion');
      await suggestion.waitFor();
      expect(await suggestion.textContent()).toBe(better);
      expect(await suggestion.getAttribute('href')).toBe(`/search/?q=${better}`);
      await suggestion.click();
      await page.locator('#results li').first().waitFor();
      expect(new URL(page.url()).searchParams.get('q')).toBe(better);
      expect(await page.locator('input[name=q]').inputValue()).toBe(better);
    });
  }

  it('Kissinger stays Kissinger, and the word list is not fetched', async () => {
    const { page, wordRequests, matcherRequests } = await open('/search/?q=Kissinger');
    await page.locator('#results li').first().waitFor();
    await page.waitForLoadState('networkidle');
    expect(await page.locator('a.search-suggestion').count()).toBe(0);
    expect(wordRequests()).toBe(0);
    expect(matcherRequests()).toBe(0);
  });
});

describe('locator queries put their passage first', () => {
  for (const [query, href] of locators) {
    it(`in the dialog: “${query}” → ${href}, and Enter goes there`, async () => {
      const { page } = await open('/');
      await dialogQuery(page, query);
      const first = page.locator('.search-option').first();
      await first.waitFor();
      expect(await first.textContent()).toContain(
        `Go to ${query.startsWith('n') ? 'n. 24' : '¶ 12'}`,
      );
      await page.keyboard.press('Enter');
      await page.waitForURL((u) => `${u.pathname}${u.hash}` === href);
    });

    it(`on the search page: “${query}” → ${href}`, async () => {
      const { page } = await open(`/search/?q=${encodeURIComponent(query)}`);
      const first = page.locator('#results li a').first();
      await first.waitFor();
      expect(await first.getAttribute('href')).toBe(href);
      expect(await page.locator(`#results a[href="${href}"]`).count()).toBe(1);
    });
  }
});

describe('locator queries offer only passages that exist', () => {
  /** The last paragraph and note numbers, from /edition.json (the model, not a pinned count). */
  async function lastPassages(page: Page): Promise<{ paragraph: number; note: number }> {
    const edition = (await (
      await page.request.get(`${new URL(page.url()).origin}/edition.json`)
    ).json()) as { sections: { paragraphs: { n: number }[] }[]; notes: { n: number }[] };
    return {
      paragraph: Math.max(...edition.sections.flatMap((s) => s.paragraphs.map((p) => p.n))),
      note: Math.max(...edition.notes.map((n) => n.n)),
    };
  }

  it('in the dialog: the last ¶ and n. are offered, none past them, nor 0, and the status says so', async () => {
    const { page } = await open('/paper/');
    const last = await lastPassages(page);
    const offered: [string, string][] = [
      [`¶ ${last.paragraph}`, `/paper/#p${last.paragraph}`],
      [`n. ${last.note}`, `/paper/#n${last.note}`],
    ];
    const dead: [string, string][] = [
      ['n. 999', 'n. 999'],
      ['¶ 0', '¶ 0'],
      [`¶ ${last.paragraph + 1}`, `¶ ${last.paragraph + 1}`],
      [`note ${last.note + 1}`, `n. ${last.note + 1}`],
    ];
    const input = await dialogQuery(page, 'binding');
    const status = page.locator('#search-dialog-status');
    for (const [query, href] of offered) {
      await input.fill(query);
      await expect
        .poll(() => page.locator('.search-option').first().textContent())
        .toContain(`Go to ${query}`);
      expect(await status.textContent()).not.toMatch(/has no/);
      const first = page.locator('.search-option').first();
      await first.click();
      await page.waitForURL((u) => `${u.pathname}${u.hash}` === href);
      await page.keyboard.press('/');
    }
    for (const [query, label] of dead) {
      await input.fill(query);
      await expect.poll(() => status.textContent()).toContain(`The paper has no ${label}`);
      expect(await page.locator('.search-option', { hasText: 'Go to' }).count()).toBe(0);
    }
  });

  it('on the search page: “¶ 56”-like locators past the last passage lead nowhere and say so', async () => {
    const { page } = await open('/search/');
    const last = await lastPassages(page);
    for (const [query, id] of [
      [`¶ ${last.paragraph + 1}`, `p${last.paragraph + 1}`],
      ['n. 999', 'n999'],
      ['¶ 0', 'p0'],
    ] as const) {
      await page.goto(`${session.origin()}/search/?q=${encodeURIComponent(query)}`);
      const status = page.locator('#results-status');
      await expect.poll(() => status.textContent()).toMatch(/result/);
      expect(await status.textContent()).toContain('The paper has no');
      expect(await page.locator(`#results a[href^="/paper/#${id}"]`).count()).toBe(0);
      expect(await page.locator('#results .search-kind', { hasText: 'Passage' }).count()).toBe(0);
    }
  });
});
