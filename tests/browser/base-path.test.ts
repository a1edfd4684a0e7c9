/**
 * The site deployed under a sub-path, as a GitHub Pages project site is (…github.io/edition/):
 * built with BASE_PATH=/edition/ into a folder of its own and served only under /edition/, so
 * that any address written from `/` instead of through src/lib/site/routes.ts is a 404. dist/, which
 * the other tests read, is left as it is.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { shellEnv } from '../helpers/build-env.ts';
import { browserSession } from '../helpers/session.ts';
import { distFiles, htmlPages, resolveIn, serveDir } from '../helpers/site.ts';

const BASE = '/edition/';
const out = mkdtempSync(path.join(os.tmpdir(), 'edition-base-'));

/** Builds the site under BASE into `out` (about 20 s), once for the file. */
function buildUnderBase(): void {
  execFileSync(path.resolve('node_modules/.bin/astro'), ['build', '--outDir', out], {
    env: shellEnv({ BASE_PATH: BASE }),
    stdio: 'pipe',
  });
}

const session = browserSession(async () => {
  buildUnderBase();
  return serveDir(out, BASE);
});
afterAll(() => rmSync(out, { recursive: true, force: true }));

/** Every page of the build, by its URL under the base (`/edition/paper/`). */
function pages(): { url: string; document: Document }[] {
  return distFiles(out)
    .filter((f) => f.endsWith('.html') && !f.startsWith('pagefind'))
    .map((file) => ({
      url: `${BASE}${file.replace(/index\.html$/, '').replace(/\\/g, '/')}`,
      document: parseHTML(readFileSync(path.join(out, file), 'utf8'))
        .document as unknown as Document,
    }));
}

/** A page that fails on any response of 400 or more, and on requests to other hosts. */
async function open(pathname: string, width = 1280): Promise<{ page: Page; failed: string[] }> {
  const { page, foreign } = await session.blank({ width });
  const failed = foreign;
  page.on('response', (r) => {
    if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
  });
  await page.goto(`${session.origin()}${pathname}`);
  return { page, failed };
}

describe(`the site built with BASE_PATH=${BASE}`, () => {
  it('keeps every link, script, stylesheet and #fragment of every page under the base, and each resolves', () => {
    const all = pages();
    // The same pages as dist/, the site built at the root.
    expect(all.length).toBe(htmlPages().length);
    const ids = new Map(
      all.map((p) => [p.url, new Set([...p.document.querySelectorAll('[id]')].map((e) => e.id))]),
    );
    const broken: string[] = [];
    for (const { url, document } of all) {
      const refs = [
        ...[...document.querySelectorAll('a[href], link[href]')].map((e) => e.getAttribute('href')),
        ...[...document.querySelectorAll('script[src]')].map((e) => e.getAttribute('src')),
        ...[...document.querySelectorAll('form[action]')].map((e) => e.getAttribute('action')),
        // Addresses handed to the custom elements, and the source of a quotation.
        ...[...document.querySelectorAll('[code]')].map((e) => e.getAttribute('code')),
        ...[...document.querySelectorAll('[cite]')].map((e) => e.getAttribute('cite')),
        ...[...document.querySelectorAll('[entries]')].flatMap((e) =>
          (e.getAttribute('entries') ?? '').split(' '),
        ),
      ];
      for (const ref of refs) {
        if (!ref || /^(https?:|mailto:|data:)/.test(ref)) continue;
        const target = new URL(ref, `http://site${url}`);
        const where = `${url} → ${ref}`;
        if (!target.pathname.startsWith(BASE)) {
          broken.push(`${where}: outside ${BASE}`);
          continue;
        }
        if (!resolveIn(out, `/${target.pathname.slice(BASE.length)}`)) {
          broken.push(`${where}: no such file`);
          continue;
        }
        const anchors = ids.get(target.pathname);
        const id = decodeURIComponent(target.hash.slice(1));
        if (id && anchors && !anchors.has(id)) broken.push(`${where}: no #${id}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('keeps the navigation under the base, and marks the current page', async () => {
    const { page, failed } = await open(`${BASE}about/`);
    const hrefs = await page
      .locator('header a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.length).toBeGreaterThan(8);
    for (const href of hrefs) expect(href.startsWith(BASE), href).toBe(true);
    expect(await page.locator('header [aria-current=page]').getAttribute('href')).toBe(
      `${BASE}about/`,
    );
    expect(await page.locator('link[rel=canonical]').getAttribute('href')).toMatch(
      /^https?:\/\/[^/]+\/edition\/about\/$/,
    );
    expect(failed).toEqual([]);
  });

  it('finds "Cronin" with the search dialog and leads to the result under the base', async () => {
    const { page, failed } = await open(`${BASE}paper/`);
    await page.keyboard.press('/');
    await page.keyboard.type('Cronin');
    // The paper's notes that cite him come first; the source follows them.
    const source = page.locator('.search-option:has(.search-kind:text-is("Source"))').first();
    await source.waitFor();
    await source.click();
    await page.waitForURL(/\/edition\/sources\/cronin-1999\/\?q=Cronin$/);
    await page.locator('main mark.hit').first().waitFor();
    expect(failed).toEqual([]);
  });

  it('offers a passage by its locator under the base', async () => {
    const { page, failed } = await open(`${BASE}about/`);
    await page.keyboard.press('/');
    const input = page.locator('dialog.search-dialog input');
    await input.waitFor();
    await input.fill('¶ 12');
    const first = page.locator('.search-option').first();
    await expect.poll(() => first.textContent()).toContain('Go to ¶ 12');
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => `${u.pathname}${u.hash}` === `${BASE}paper/#p12`);
    expect(failed).toEqual([]);
  });

  it('suggests a spelling with code and words loaded from under the base', async () => {
    const { page, failed } = await open(`${BASE}search/?q=Ikenbery`);
    const suggestion = page.locator('#results-status a.search-suggestion');
    await suggestion.waitFor();
    expect(await suggestion.getAttribute('href')).toBe(`${BASE}search/?q=Ikenberry`);
    expect(failed).toEqual([]);
  });

  it('opens the preview of a cited work from the paper', async () => {
    const { page, failed } = await open(`${BASE}paper/`);
    const link = page.locator(`#n31 a[href="${BASE}sources/cronin-1999/"]`).first();
    await link.focus();
    const tip = page.locator('#link-preview');
    await tip.waitFor({ state: 'visible' });
    expect(await tip.textContent()).toContain('Community Under Anarchy');
    await page.keyboard.press('Escape');
    expect(await tip.isVisible()).toBe(false);
    expect(failed).toEqual([]);
  });

  it('cites a paragraph on the Cite page and copies the citation', async () => {
    const { page, failed } = await open(`${BASE}cite/#p12`);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: session.origin(),
    });
    const chicago = page.locator('#passage-chicago');
    // The blocks hold ¶ 1 as built; the chooser is enabled once they follow it.
    await page.locator('#passage-select:enabled').waitFor();
    expect(await chicago.textContent()).toContain('¶ 12');
    await page.locator('copy-button[for="passage-chicago"] button').click();
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()))
      .toBe(await chicago.textContent());
    expect(failed).toEqual([]);
  });
});
