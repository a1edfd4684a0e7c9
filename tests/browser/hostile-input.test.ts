/**
 * Odd and hostile input in the address and the search field: the page never throws, never runs
 * what it is given, marks whole words only, and stays usable. A listener fails the test on any
 * JavaScript dialog (an alert() that ran), page error or console error.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSession } from '../helpers/session.ts';

const session = browserSession();

/** Opens a path and records what must never happen there (`lasting`: a page tests share). */
async function watched(path: string, { lasting = false } = {}) {
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
  await page.goto(`${session.origin()}${path}`);
  return { page, problems };
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

  it.each(HOSTILE)('takes %j on /search/, /paper/ and /cite/ without running it', async (input) => {
    const q = encodeURIComponent(input);
    for (const path of [`/search/?q=${q}`, `/paper/?q=${q}`, `/cite/#${q}`]) {
      const { page, problems } = await watched(path);
      if (path.startsWith('/search/')) await searched(page);
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
