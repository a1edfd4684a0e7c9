/**
 * The concept, case, timeline and index pages in headless Chromium: accessibility (axe-core,
 * WCAG 2.2 AA) at desktop and phone widths, the timeline on a phone, and screenshots for a person
 * to look at.
 */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { pngSize } from '../helpers/png.ts';
import { browserSession, describeAccessibility } from '../helpers/session.ts';

const session = browserSession();

async function open(path: string, width: number): Promise<{ page: Page; foreign: string[] }> {
  const { page, foreign, status } = await session.open(path, { width });
  expect(status, path).toBe(200);
  return { page, foreign };
}

describeAccessibility(session, [
  '/concepts/',
  '/concepts/balance-of-power/',
  '/cases/',
  '/cases/triple-intervention/',
  '/timeline/',
  '/index/',
]);

describe('the timeline on a 390 px phone', () => {
  it('fits the screen without scrolling sideways, and keeps its text list of cases', async () => {
    const { page } = await open('/timeline/', 390);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
    const svg = await page.locator('main svg').boundingBox();
    expect(svg && svg.x >= 0 && svg.x + svg.width <= 390).toBe(true);
    const items = page.locator('#list + ol > li');
    expect(await items.count()).toBe(await page.locator('main svg a').count());
    expect(await items.first().isVisible()).toBe(true);
  });

  it('draws its labels at a readable size (at least 12 px on screen)', async () => {
    const { page } = await open('/timeline/', 390);
    const smallest = await page.evaluate(() =>
      Math.min(
        ...[...document.querySelectorAll('main svg text')].map(
          (t) => (t as SVGTextElement).getBoundingClientRect().height,
        ),
      ),
    );
    expect(smallest).toBeGreaterThanOrEqual(12);
  });
});

describe('screenshots', () => {
  it('writes /timeline/ and /concepts/binding/ at 390 and 1280 px wide as test artefacts, each its page whole and no wider than the screen', async () => {
    mkdirSync('test-results', { recursive: true });
    for (const [path, name, heading] of [
      ['/timeline/', 'timeline', 'Timeline'],
      ['/concepts/binding/', 'concept-binding', 'Binding'],
    ] as const) {
      for (const width of [390, 1280]) {
        const { page } = await open(path, width);
        const h1 = page.locator('main h1');
        expect(await h1.textContent(), path).toMatch(new RegExp(`^${heading}`));
        expect(await h1.isVisible(), path).toBe(true);
        const png = await page.screenshot({
          path: `test-results/${name}-${width}.png`,
          fullPage: true,
        });
        // The whole page, as tall as it scrolls and exactly as wide as the screen: nothing sideways.
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        expect(pngSize(png), `${path} at ${width} px`).toEqual({ width, height });
      }
    }
  });
});
