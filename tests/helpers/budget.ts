/**
 * What a page costs a reader on load, counted as headless Chromium fetches it: every response
 * from the navigation until the network is idle (document, stylesheets, scripts, fonts, icons),
 * each body gzip-compressed at level 9, as a server would send it. Code a page imports later (on
 * a press, a hover, a scroll) is not counted; code it imports on load is, wherever it comes from.
 */
import { gzipSync } from 'node:zlib';
import type { Browser, Response } from 'playwright-core';

/** Gzip size of a file or string, in bytes. */
export function gzipSize(content: string | Buffer): number {
  return gzipSync(content, { level: 9 }).length;
}

/** One response of the load: its path, its kind and its compressed size. */
export interface Fetched {
  path: string;
  kind: string;
  bytes: number;
}

/** A page's load: every response, the bytes by kind, and the total. */
export interface LoadWeight {
  files: Fetched[];
  byKind: Record<string, number>;
  total: number;
}

/** The kind of a response, by what Chromium fetched it as ("html", "css", "js", "font", "icon"). */
function kindOf(response: Response): string {
  const type = response.request().resourceType();
  const media = response.headers()['content-type'] ?? '';
  if (type === 'document') return 'html';
  if (type === 'stylesheet') return 'css';
  if (type === 'script') return 'js';
  if (type === 'font') return 'font';
  if (type === 'image' || /^image\//.test(media)) return 'icon';
  return type;
}

/**
 * Loads `path` from `origin` in a fresh context (no storage: a first visit) and counts what
 * Chromium fetched until the network was idle.
 */
export async function loadWeight(
  browser: Browser,
  origin: string,
  path: string,
): Promise<LoadWeight> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    const pending: Promise<Fetched>[] = [];
    const count = (response: Response) => {
      const url = new URL(response.url());
      pending.push(
        response.body().then((body) => ({
          path: url.pathname + url.search,
          kind: kindOf(response),
          bytes: gzipSize(body),
        })),
      );
    };
    page.on('response', count);
    await page.goto(`${origin}${path}`);
    await page.waitForLoadState('networkidle');
    // A response after this point is not the load's; its body would be read after the context
    // closed, and reject unhandled.
    page.off('response', count);
    const files = await Promise.all(pending);
    // Chromium fetches the page's icon itself, after the load, and Playwright reports that
    // response only at times: the icons the page names are counted whether it did or not.
    const icons = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLLinkElement>('link[rel~=icon]')].map((l) => l.href),
    );
    for (const href of icons) {
      const url = new URL(href);
      // A data: icon is in the page's own bytes already.
      if (url.protocol === 'data:' || files.some((f) => f.path === url.pathname + url.search))
        continue;
      const body = await (await context.request.get(href)).body();
      files.push({ path: url.pathname + url.search, kind: 'icon', bytes: gzipSize(body) });
    }
    const byKind: Record<string, number> = {};
    for (const f of files) byKind[f.kind] = (byKind[f.kind] ?? 0) + f.bytes;
    return { files, byKind, total: files.reduce((sum, f) => sum + f.bytes, 0) };
  } finally {
    await context.close();
  }
}

/** One line of figures: `html 29674  css 2223  js 2208  icon 200  total 34305`. */
export function formatWeight({ byKind, total }: LoadWeight): string {
  return [...Object.entries(byKind).map(([k, v]) => `${k} ${v}`), `total ${total}`].join('  ');
}
