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
