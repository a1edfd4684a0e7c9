/**
 * Page weight budget: /paper/ costs a first-time reader at most 1.5 × the gzip size of its own
 * plain text, counted as Chromium fetches it from the navigation until the network is idle (every
 * response: document, CSS, JS, fonts, icons; gzip -9 each). Bytes, never time.
 */
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { launch } from '../helpers/browser.ts';
import { formatWeight, gzipSize, loadWeight } from '../helpers/budget.ts';

// The browser and dist/'s server that every browser file shares (tests/setup/browser.ts).
const origin = inject('distOrigin');
let browser: Browser | undefined;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

it('/paper/ loads at most 1.5 × the gzip size of /paper.txt, everything Chromium fetches counted', async () => {
  if (!browser) throw new Error('the browser is not running');
  const text = gzipSize(readFileSync('dist/paper.txt'));
  const weight = await loadWeight(browser, origin, '/paper/');
  // The count sees the page itself and what it pulls in, or it measures nothing.
  expect(weight.files.map((f) => f.path)).toContain('/paper/');
  expect(weight.byKind['css']).toBeGreaterThan(0);
  // What answers a reader's first click, hover or selection loads then, not on load.
  for (const lazy of [
    '/page-tools.js',
    '/notes-in-place.js',
    '/annotations.js',
    '/reading-position.js',
  ])
    expect(weight.files.map((f) => f.path)).not.toContain(lazy);
  expect(weight.total, `${formatWeight(weight)} against ${text} × 1.5`).toBeLessThanOrEqual(
    1.5 * text,
  );
});
