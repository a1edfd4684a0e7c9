/**
 * Odd and hostile input in the address and the search field: the page never throws, never runs
 * what it is given, marks whole words only, and stays usable. A listener fails the test on any
 * JavaScript dialog (an alert() that ran), page error or console error.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSession } from '../helpers/session.ts';

const session = browserSession();

/** A blank page that records what must never happen in it (`lasting`: a page tests share). */
async function watcher({ lasting = false } = {}) {
  const { page } = await session.blank({ lasting });
  const problems: string[] = [];
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
  });
  return { page, problems };
}

/** Opens a path in a watched page. */
async function watched(path: string, { lasting = false } = {}) {
  const watching = await watcher({ lasting });
  await watching.page.goto(`${session.origin()}${path}`);
  return watching;
}

/** Strings that have broken pages elsewhere. */
const HOSTILE = [
  '"><img src=x onerror=alert(1)>',
  '<svg onload=alert(1)>',
  'javascript:alert(1)',
  '(.*+?[',
  '日本の安全保障',
  'שלום עולם',
  '🛡️🌏',
  'e\u0301\u0301\u0301',
  'nul\u0000byte',
];

/** Waits until the search interface has loaded and answered (or said it found nothing). */
async function searched(page: Page): Promise<void> {
  await page.locator('#results-status').filter({ hasText: /\S/ }).waitFor();
}

describe('the address', () => {
  it('survives a malformed percent-encoding in the fragment and still marks the words', async () => {
    const { page, problems } = await watched('/paper/?q=balance#%E0%A4%A');
    await page.locator('main mark.hit').first().waitFor();
    expect(problems).toEqual([]);
  });

  it('marks whole words and their stems, never letters inside a word', async () => {
    const { page, problems } = await watched('/paper/?q=al#p1');
    // "al" begins no word of the paper on its own; Balance and multilateral stay unmarked.
    await page.waitForFunction(() => document.readyState === 'complete');
    const marked = await page.locator('mark.hit').allTextContents();
    expect(marked.filter((m) => m.toLowerCase() !== 'al')).toEqual([]);
    const { page: stems } = await watched('/paper/?q=balance#p1');
    await stems.locator('mark.hit').first().waitFor();
    const words = (await stems.locator('mark.hit').allTextContents()).map((w) => w.toLowerCase());
    expect(words.every((w) => w.startsWith('balanc'))).toBe(true);
    expect(problems).toEqual([]);
  });

  // One page for each of the three paths, loaded afresh for every string (by way of a blank
  // page, so that a new fragment is a new load, not a jump): a new browser context per load
  // would only add its start-up and a cold cache.
  const pages = new Map<string, ReturnType<typeof watcher>>();
  it.each(HOSTILE)('takes %j on /search/, /paper/ and /cite/ without running it', async (input) => {
    const q = encodeURIComponent(input);
    for (const [key, path] of [
      ['search', `/search/?q=${q}`],
      ['paper', `/paper/?q=${q}`],
      ['cite', `/cite/#${q}`],
    ] as const) {
      if (!pages.has(key)) pages.set(key, watcher({ lasting: true }));
      const { page, problems } = await (pages.get(key) as ReturnType<typeof watcher>);
      await page.goto('about:blank');
      problems.length = 0;
      await page.goto(`${session.origin()}${path}`);
      if (key === 'search') await searched(page);
      await expect.poll(() => page.locator('h1').count()).toBeGreaterThan(0);
      expect(problems, path).toEqual([]);
    }
  });
});

describe('the search field', () => {
  // One page for every string, as a reader who tries them one after another: each must leave
  // the dialog usable for the next.
  let shared: Promise<Awaited<ReturnType<typeof watched>>> | undefined;
  it.each(HOSTILE)('takes %j in the search dialog and stays usable', async (input) => {
    shared ??= watched('/about/', { lasting: true });
    const { page, problems } = await shared;
    await page.locator('header .search-link').click();
    const field = page.locator('dialog[open] input[type=search]');
    await field.fill(input);
    await page.locator('dialog[open] [role=status]').filter({ hasText: /\S/ }).waitFor();
    await field.fill('Cronin');
    await page.locator('dialog[open] [role=option]').first().waitFor();
    await page.keyboard.press('Escape');
    await page.locator('dialog.search-dialog').waitFor({ state: 'hidden' });
    expect(problems).toEqual([]);
  });

  it('cuts a query of 10 KB to 200 characters, says so, and neither freezes nor fails', async () => {
    const { page, problems } = await watched(`/search/?q=${'balance%20'.repeat(1_000)}`);
    await searched(page);
    await expect
      .poll(() => page.locator('#results-status').textContent())
      .toContain('Only the first 200 characters were searched.');
    expect([...(await page.locator('search-page input[name=q]').inputValue())]).toHaveLength(200);
    expect(problems).toEqual([]);
  });

  it('cuts a long query typed into the search dialog, with the same notice', async () => {
    const { page, problems } = await watched('/about/');
    await page.locator('header .search-link').click();
    const field = page.locator('dialog[open] input[type=search]');
    await field.fill('power '.repeat(100));
    await expect
      .poll(() => page.locator('dialog[open] [role=status]').textContent())
      .toContain('Only the first 200 characters were searched.');
    expect((await field.inputValue()).length).toBeLessThanOrEqual(200);
    expect(problems).toEqual([]);
  });
});
